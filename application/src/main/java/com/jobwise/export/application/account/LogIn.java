package com.jobwise.export.application.account;

import com.jobwise.export.domain.account.EmailAddress;
import com.jobwise.export.domain.account.FailedLogins;
import com.jobwise.export.domain.error.InvalidAccountDetailsException;
import com.jobwise.export.domain.error.InvalidCredentialsException;
import com.jobwise.export.domain.account.LoginThrottlePolicy;
import com.jobwise.export.domain.error.LoginThrottledException;
import com.jobwise.export.domain.account.User;
import com.jobwise.export.domain.account.IAccessTokenIssuer;
import com.jobwise.export.domain.account.IFailedLoginRepository;
import com.jobwise.export.domain.account.IPasswordHasher;
import com.jobwise.export.domain.account.IRefreshTokenRepository;
import com.jobwise.export.domain.account.IUserRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks an email and password and starts a session (a new refresh-token family).
 *
 * <p>Failed logins are counted per email address (known or not) AND client address together under a
 * {@link LoginThrottlePolicy}: once that pair is locked, every attempt of it answers
 * {@link LoginThrottledException} (429) without looking at the password, until the lockout ends; the same
 * email from another client address is not affected, so wrong passwords typed for someone else's email never
 * lock its owner out. An unknown email and a wrong password answer the same
 * {@link InvalidCredentialsException} (401), and an unknown email still costs one password comparison
 * (against a hash made at first use), so neither message nor timing tells whether an account exists. A
 * successful login clears the address's failures.
 *
 * <p>Errors: {@link InvalidAccountDetailsException} (422) when email or password is missing or the email is
 * malformed.
 */
public final class LogIn {
    /** Longest password compared; longer ones are wrong by definition (the policy allows 128 characters). */
    private static final int MAX_PASSWORD_LENGTH = 1024;

    private final IUserRepository users;
    private final IPasswordHasher hasher;
    private final IFailedLoginRepository failures;
    private final LoginThrottlePolicy policy;
    private final SessionIssuer sessions;
    private final Clock clock;
    private volatile String decoyHash;

    public LogIn(IUserRepository users, IPasswordHasher hasher, IFailedLoginRepository failures,
                 LoginThrottlePolicy policy, IAccessTokenIssuer accessTokens, IRefreshTokenRepository refreshTokens,
                 Clock clock, TokenLifetimes lifetimes) {
        this.users = users;
        this.hasher = hasher;
        this.failures = failures;
        this.policy = policy;
        this.clock = clock;
        this.sessions = new SessionIssuer(accessTokens, refreshTokens, clock, lifetimes);
    }

    public Session execute(LogInCommand command) {
        EmailAddress email = EmailAddress.of(command.email());
        String password = command.password();
        if (password == null || password.isEmpty()) {
            throw new InvalidAccountDetailsException("password", "password is required");
        }
        String accountKey = accountKey(email, command.clientAddress());
        Instant now = clock.instant();
        Optional<FailedLogins> record = failures.find(accountKey);
        Optional<Duration> locked = record.flatMap(r -> r.lockedFor(now));
        if (locked.isPresent()) {
            throw new LoginThrottledException(locked.get());
        }
        Optional<User> user = users.findByEmail(email);
        boolean valid;
        if (user.isPresent() && password.length() <= MAX_PASSWORD_LENGTH) {
            valid = hasher.matches(password, user.get().passwordHash());
        } else {
            hasher.matches(password.substring(0, Math.min(password.length(), MAX_PASSWORD_LENGTH)), decoyHash());
            valid = false; // the comparison only spends the time a real one would
        }
        if (!valid) {
            failures.update(accountKey, current -> current.afterFailure(clock.instant(), policy));
            throw new InvalidCredentialsException();
        }
        if (record.isPresent()) {
            failures.delete(accountKey);
        }
        return sessions.start(user.get());
    }

    /**
     * The key of an email and client address in the failed-login store: SHA-256 hex of both, so the store holds
     * neither email addresses nor IPs.
     */
    static String accountKey(EmailAddress email, String clientAddress) {
        return SessionIssuer.hash("login:" + email.value() + "\n" + (clientAddress == null ? "" : clientAddress));
    }

    /** A hash of a random password, made once, to compare against when the email has no account. */
    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash(UUID.randomUUID() + "Aa1");
            decoyHash = hash;
        }
        return hash;
    }
}
