package com.jobwise.export.domain.error;

import com.jobwise.export.domain.account.User;

/** A valid token names a user who has no account here (404), e.g. a deleted account. */
public final class UserNotFoundException extends ExportException {
    public UserNotFoundException() {
        super("User not found");
    }
}
