package com.jobwise.export.bootstrap;

import com.jobwise.export.application.account.PurgeExpiredRefreshTokens;

import com.jobwise.export.adapters.rest.security.JwtSettings;
import com.jobwise.export.application.account.GetCurrentUser;
import com.jobwise.export.application.account.LogIn;
import com.jobwise.export.application.account.LogOut;
import com.jobwise.export.application.account.RefreshSession;
import com.jobwise.export.application.account.RegisterUser;
import com.jobwise.export.application.account.TokenLifetimes;
import com.jobwise.export.domain.account.LoginThrottlePolicy;
import com.jobwise.export.domain.account.IAccessTokenIssuer;
import com.jobwise.export.domain.account.IFailedLoginRepository;
import com.jobwise.export.domain.account.IPasswordHasher;
import com.jobwise.export.domain.account.IRefreshTokenRepository;
import com.jobwise.export.domain.account.IUserRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Creates the account use cases with {@code new} (ARCHITECTURE.md) in local mode only
 * ({@code export.security.mode: local}, the default): the JDBC account stores of adapters-persistence, the bcrypt
 * hasher and HS256 issuer of adapters-rest, lifetimes and throttling from {@link JwtSettings}. In external mode
 * none of these beans exists, so the {@code users}, {@code refresh_tokens} and {@code login_failures} tables are
 * never touched.
 */
@Factory
@Requires(property = "export.security.mode", value = JwtSettings.LOCAL, defaultValue = JwtSettings.LOCAL)
class AccountFactory {

    @Singleton
    RegisterUser registerUser(IUserRepository users, IPasswordHasher hasher, IAccessTokenIssuer accessTokens,
                              IRefreshTokenRepository refreshTokens, Clock clock, JwtSettings settings) {
        return new RegisterUser(users, hasher, accessTokens, refreshTokens, clock, lifetimes(settings));
    }

    @Singleton
    LogIn logIn(IUserRepository users, IPasswordHasher hasher, IFailedLoginRepository failures,
                IAccessTokenIssuer accessTokens, IRefreshTokenRepository refreshTokens, Clock clock,
                JwtSettings settings) {
        LoginThrottlePolicy policy = new LoginThrottlePolicy(settings.getLoginMaxFailures(),
                settings.getLoginFailureWindow(), settings.getLoginLockout());
        return new LogIn(users, hasher, failures, policy, accessTokens, refreshTokens, clock, lifetimes(settings));
    }

    @Singleton
    PurgeExpiredRefreshTokens purgeExpiredRefreshTokens(IRefreshTokenRepository refreshTokens, Clock clock) {
        return new PurgeExpiredRefreshTokens(refreshTokens, clock);
    }

    @Singleton
    RefreshSession refreshSession(IRefreshTokenRepository refreshTokens, IUserRepository users,
                                  IAccessTokenIssuer accessTokens, Clock clock, JwtSettings settings) {
        return new RefreshSession(refreshTokens, users, accessTokens, clock, lifetimes(settings));
    }

    @Singleton
    LogOut logOut(IRefreshTokenRepository refreshTokens, Clock clock) {
        return new LogOut(refreshTokens, clock);
    }

    @Singleton
    GetCurrentUser getCurrentUser(IUserRepository users) {
        return new GetCurrentUser(users);
    }

    private static TokenLifetimes lifetimes(JwtSettings settings) {
        return new TokenLifetimes(settings.getAccessTokenTtl(), settings.getRefreshTokenTtl());
    }
}
