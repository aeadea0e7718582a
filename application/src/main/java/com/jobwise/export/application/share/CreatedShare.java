package com.jobwise.export.application.share;

import com.jobwise.export.domain.share.Share;

/** A new share and its secret token: the only moment the token exists outside the visitor's URL. */
public record CreatedShare(Share share, String token) {
}
