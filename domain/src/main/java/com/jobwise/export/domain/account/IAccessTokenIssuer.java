package com.jobwise.export.domain.account;


import java.time.Instant;

/**
 * Signs access tokens for local accounts: a JWT whose claims are {@code sub} (the user id), {@code email},
 * {@code tier} ({@code free} or {@code pro}), {@code iat} and {@code exp} (seconds since the epoch), plus
 * {@code iss} and {@code aud} when the deployment configures them.
 */
public interface IAccessTokenIssuer {

    /** A signed token for {@code user}, issued at {@code issuedAt}, valid until {@code expiresAt}. */
    String issue(User user, Instant issuedAt, Instant expiresAt);
}
