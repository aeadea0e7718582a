package com.jobwise.export.application.account;

import com.jobwise.export.domain.account.User;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.error.UserNotFoundException;
import com.jobwise.export.domain.account.IUserRepository;

/** The caller's account; {@link UserNotFoundException} (404) when the token's user has no account here. */
public final class GetCurrentUser {
    private final IUserRepository users;

    public GetCurrentUser(IUserRepository users) {
        this.users = users;
    }

    public User execute(UserId userId) {
        return users.findById(userId).orElseThrow(UserNotFoundException::new);
    }
}
