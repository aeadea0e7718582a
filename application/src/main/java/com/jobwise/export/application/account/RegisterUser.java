package com.jobwise.export.application.account;

import com.jobwise.export.domain.account.EmailAddress;
import com.jobwise.export.domain.error.EmailAlreadyRegisteredException;
import com.jobwise.export.domain.error.InvalidAccountDetailsException;
import com.jobwise.export.domain.account.PasswordPolicy;
import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.User;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.account.IAccessTokenIssuer;
import com.jobwise.export.domain.account.IPasswordHasher;
import com.jobwise.export.domain.account.IRefreshTokenRepository;
import com.jobwise.export.domain.account.IUserRepository;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Creates a free-tier account and logs it in (JobWise design 6.1: registration answers the user and a token).
 * The email is normalised; the password must meet {@link PasswordPolicy} and is stored only as a hash.
 *
 * <p>Errors: {@link InvalidAccountDetailsException} (422) for an invalid email, weak password or missing full
 * name; {@link EmailAlreadyRegisteredException} (409) when the email has an account.
 */
public final class RegisterUser {
    private final IUserRepository users;
    private final IPasswordHasher hasher;
    private final SessionIssuer sessions;
    private final Clock clock;

    public RegisterUser(IUserRepository users, IPasswordHasher hasher, IAccessTokenIssuer accessTokens,
                        IRefreshTokenRepository refreshTokens, Clock clock, TokenLifetimes lifetimes) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.sessions = new SessionIssuer(accessTokens, refreshTokens, clock, lifetimes);
    }

    public Session execute(RegisterUserCommand command) {
        EmailAddress email = EmailAddress.of(command.email());
        String password = PasswordPolicy.check(command.password());
        String fullName = User.checkFullName(command.fullName());
        if (users.findByEmail(email).isPresent()) {
            throw new EmailAlreadyRegisteredException(); // before hashing; save() still decides a race
        }
        User user = new User(new UserId(UUID.randomUUID().toString()), email, hasher.hash(password), fullName,
                Tier.FREE, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        users.save(user);
        return sessions.start(user);
    }
}
