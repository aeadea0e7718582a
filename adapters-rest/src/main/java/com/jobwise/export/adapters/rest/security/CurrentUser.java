package com.jobwise.export.adapters.rest.security;

import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.UserId;
import io.micronaut.security.authentication.Authentication;

/** The authenticated caller: user id ({@code sub}) and tier ({@code tier} claim, default free). */
public record CurrentUser(UserId id, Tier tier) {

    /** Reads the caller from the security filter's authentication. */
    public static CurrentUser of(Authentication authentication) {
        return new CurrentUser(new UserId(authentication.getName()),
                Tier.fromClaim(authentication.getAttributes().get("tier")));
    }
}
