package com.jobwise.export.application.account;

import com.jobwise.export.domain.error.EmailAlreadyRegisteredException;
import com.jobwise.export.domain.error.InvalidAccountDetailsException;
import com.jobwise.export.domain.error.InvalidCredentialsException;
import com.jobwise.export.domain.error.InvalidRefreshTokenException;
import com.jobwise.export.domain.account.LoginThrottlePolicy;
import com.jobwise.export.domain.error.LoginThrottledException;
import com.jobwise.export.domain.account.RefreshToken;
import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.User;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.error.UserNotFoundException;
import com.jobwise.export.domain.account.AccountTestData;
import com.jobwise.export.domain.account.FakePasswordHasher;
import com.jobwise.export.domain.account.IAccessTokenIssuer;
import com.jobwise.export.domain.account.InMemoryFailedLoginRepository;
import com.jobwise.export.domain.account.InMemoryRefreshTokenRepository;
import com.jobwise.export.domain.account.InMemoryUserRepository;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The account use cases over the in-memory fakes (whose honesty the port contracts check). */
class AccountUseCasesTest {
    static final String PASSWORD = "Secr3t-Password";

    /** Writes the claims it was asked to sign, so the test can read them back. */
    static final class EchoIssuer implements IAccessTokenIssuer {
        @Override
        public String issue(User user, Instant issuedAt, Instant expiresAt) {
            return String.join("|", user.id().value(), user.email().value(), user.tier().name(),
                    String.valueOf(issuedAt.getEpochSecond()), String.valueOf(expiresAt.getEpochSecond()));
        }
    }

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T10:00:00.250Z"));
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemoryRefreshTokenRepository refreshTokens = new InMemoryRefreshTokenRepository();
    final InMemoryFailedLoginRepository failures = new InMemoryFailedLoginRepository();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final EchoIssuer issuer = new EchoIssuer();
    final TokenLifetimes lifetimes = TokenLifetimes.DEFAULT;
    final LoginThrottlePolicy policy = new LoginThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    final RegisterUser register = new RegisterUser(users, hasher, issuer, refreshTokens, clock, lifetimes);
    final LogIn logIn = new LogIn(users, hasher, failures, policy, issuer, refreshTokens, clock, lifetimes);
    final RefreshSession refresh = new RefreshSession(refreshTokens, users, issuer, clock, lifetimes);
    final LogOut logOut = new LogOut(refreshTokens, clock);
    final GetCurrentUser currentUser = new GetCurrentUser(users);

    Session registerAda() {
        return register.execute(new RegisterUserCommand("  Ada@Example.com ", PASSWORD, " Ada Lovelace "));
    }

    RefreshToken stored(String refreshToken) {
        return refreshTokens.findByHash(AccountTestData.sha256Hex(refreshToken)).orElseThrow();
    }

    @Test
    void registrationCreatesAFreeAccountWithAHashedPasswordAndStartsASession() {
        Session session = registerAda();

        User user = session.user();
        assertThat(user.email().value()).isEqualTo("ada@example.com");
        assertThat(user.fullName()).isEqualTo("Ada Lovelace");
        assertThat(user.tier()).isEqualTo(Tier.FREE);
        assertThat(UserId.isValid(user.id().value())).isTrue();
        assertThat(user.passwordHash()).doesNotContain(PASSWORD);
        assertThat(hasher.matches(PASSWORD, user.passwordHash())).isTrue();
        assertThat(users.findById(user.id())).contains(user);

        Instant issued = Instant.parse("2026-01-10T10:00:00Z");
        assertThat(session.accessToken()).isEqualTo(String.join("|", user.id().value(), "ada@example.com", "FREE",
                String.valueOf(issued.getEpochSecond()), String.valueOf(issued.plus(Duration.ofHours(1)).getEpochSecond())));
        assertThat(session.issuedAt()).isEqualTo(issued);
        assertThat(session.accessTokenExpiresAt()).isEqualTo(issued.plus(Duration.ofHours(1)));
        assertThat(session.refreshTokenExpiresAt()).isEqualTo(issued.plus(Duration.ofDays(7)));
        assertThat(session.refreshToken()).matches("[A-Za-z0-9_-]{43}");
        RefreshToken row = stored(session.refreshToken());
        assertThat(row.userId()).isEqualTo(user.id());
        assertThat(row.expiresAt()).isEqualTo(session.refreshTokenExpiresAt());
        assertThat(refreshTokens.findByHash(session.refreshToken())).isEmpty();
    }

    @Test
    void aTakenEmailIsRefusedWhateverItsCase() {
        registerAda();

        assertThatThrownBy(() -> register.execute(new RegisterUserCommand("ADA@example.COM", "Other-Pass1", "Ada Two")))
                .isInstanceOf(EmailAlreadyRegisteredException.class).hasMessage("Email already registered");
    }

    @Test
    void invalidRegistrationsNameTheirField() {
        assertThat(fieldOf(() -> register.execute(new RegisterUserCommand("not-an-email", PASSWORD, "Ada"))))
                .isEqualTo("email");
        assertThat(fieldOf(() -> register.execute(new RegisterUserCommand("a@example.com", "password1", "Ada"))))
                .isEqualTo("password");
        assertThat(fieldOf(() -> register.execute(new RegisterUserCommand("a@example.com", PASSWORD, " "))))
                .isEqualTo("full_name");
        assertThat(users.findByEmail(com.jobwise.export.domain.account.EmailAddress.of("a@example.com"))).isEmpty();
    }

    static String fieldOf(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(InvalidAccountDetailsException.class);
        return ((InvalidAccountDetailsException) thrown).field();
    }

    @Test
    void loginStartsANewFamilyForTheAccount() {
        Session registered = registerAda();

        Session session = logIn.execute(new LogInCommand("ADA@example.com", PASSWORD));

        assertThat(session.user()).isEqualTo(registered.user());
        assertThat(stored(session.refreshToken()).familyId()).isNotEqualTo(stored(registered.refreshToken()).familyId());
    }

    @Test
    void unknownEmailAndWrongPasswordAnswerAlikeAndBothSpendAComparison() {
        registerAda();
        int before = hasher.comparisons();

        Throwable wrongPassword = catchThrowable(() -> logIn.execute(new LogInCommand("ada@example.com", "Wrong-Pass1")));
        Throwable unknownEmail = catchThrowable(() -> logIn.execute(new LogInCommand("bob@example.com", PASSWORD)));

        assertThat(wrongPassword).isInstanceOf(InvalidCredentialsException.class);
        assertThat(unknownEmail).isInstanceOf(InvalidCredentialsException.class)
                .hasMessage(wrongPassword.getMessage()).hasMessage("Incorrect email or password");
        assertThat(hasher.comparisons() - before).isEqualTo(2);
    }

    @Test
    void fiveFailuresLockTheAddressEvenForTheRightPasswordUntilTheLockoutEnds() {
        registerAda();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(30));
            assertThatThrownBy(() -> logIn.execute(new LogInCommand("ada@example.com", "Wrong-Pass1")))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        int comparisons = hasher.comparisons();

        Throwable locked = catchThrowable(() -> logIn.execute(new LogInCommand("ada@example.com", PASSWORD)));

        assertThat(locked).isInstanceOfSatisfying(LoginThrottledException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
        assertThat(hasher.comparisons()).as("a locked address checks no password").isEqualTo(comparisons);
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> logIn.execute(new LogInCommand("ada@example.com", PASSWORD)))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        assertThat(logIn.execute(new LogInCommand("ada@example.com", PASSWORD)).user().email().value())
                .isEqualTo("ada@example.com");
        assertThat(failures.find(LogIn.accountKey(com.jobwise.export.domain.account.EmailAddress.of("ada@example.com"), null)))
                .as("a successful login clears the failures").isEmpty();
    }

    @Test
    void wrongPasswordsFromOneClientAddressNeverLockTheOwnerOutFromAnother() {
        registerAda();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> logIn.execute(new LogInCommand("ada@example.com", "Wrong-Pass1", "203.0.113.7")))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn.execute(new LogInCommand("ada@example.com", PASSWORD, "203.0.113.7")))
                .as("the attacker's address is locked, even with the right password")
                .isInstanceOf(LoginThrottledException.class);

        assertThat(logIn.execute(new LogInCommand("ada@example.com", PASSWORD, "198.51.100.23")).user().email().value())
                .as("the owner, from another address, logs in").isEqualTo("ada@example.com");
        assertThatThrownBy(() -> logIn.execute(new LogInCommand("ada@example.com", PASSWORD, "203.0.113.7")))
                .as("the owner's login does not unlock the attacker's address")
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void unknownAddressesAreThrottledLikeKnownOnes() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> logIn.execute(new LogInCommand("nobody@example.com", PASSWORD)))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn.execute(new LogInCommand("nobody@example.com", PASSWORD)))
                .isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> logIn.execute(new LogInCommand("somebody@example.com", PASSWORD)))
                .as("other addresses are not affected").isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        registerAda();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> logIn.execute(new LogInCommand("ada@example.com", "Wrong-Pass1")))
                        .isInstanceOf(InvalidCredentialsException.class);
            }
            assertThat(logIn.execute(new LogInCommand("ada@example.com", PASSWORD))).isNotNull();
        }
    }

    @Test
    void refreshRotatesWithinTheFamilyAndTheNewTokenWorks() {
        Session first = registerAda();
        clock.advance(Duration.ofMinutes(30));

        Session second = refresh.execute(first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessTokenExpiresAt()).isEqualTo(Instant.parse("2026-01-10T11:30:00Z"));
        assertThat(second.refreshTokenExpiresAt()).isEqualTo(Instant.parse("2026-01-17T10:30:00Z"));
        assertThat(stored(first.refreshToken()).usedAt()).isEqualTo(clock.instant());
        assertThat(stored(second.refreshToken()).familyId()).isEqualTo(stored(first.refreshToken()).familyId());
        assertThat(refresh.execute(second.refreshToken()).user()).isEqualTo(first.user());
    }

    @Test
    void reusingARotatedTokenRevokesTheWholeFamilyButNoOtherSession() {
        Session first = registerAda();
        Session otherDevice = logIn.execute(new LogInCommand("ada@example.com", PASSWORD));
        Session second = refresh.execute(first.refreshToken());

        assertThatThrownBy(() -> refresh.execute(first.refreshToken()))
                .isInstanceOf(InvalidRefreshTokenException.class).hasMessage("Invalid or expired refresh token");

        assertThat(stored(second.refreshToken()).isRevoked()).isTrue();
        assertThatThrownBy(() -> refresh.execute(second.refreshToken())).isInstanceOf(InvalidRefreshTokenException.class);
        assertThat(refresh.execute(otherDevice.refreshToken())).isNotNull();
    }

    @Test
    void expiredUnknownAndMalformedTokensAreRefused() {
        Session session = registerAda();
        clock.advance(Duration.ofDays(7));

        assertThatThrownBy(() -> refresh.execute(session.refreshToken())).isInstanceOf(InvalidRefreshTokenException.class);
        assertThat(stored(session.refreshToken()).isUsed()).isFalse();
        for (String bad : new String[] {null, "", "x".repeat(300), "not a token", AccountTestData.newTokenHash()}) {
            assertThatThrownBy(() -> refresh.execute(bad)).isInstanceOf(InvalidRefreshTokenException.class);
        }
    }

    @Test
    void concurrentUsesOfOneTokenLeaveNoUsableTokenInTheFamily() throws Exception {
        Session first = registerAda();
        List<Callable<Session>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> refresh.execute(first.refreshToken()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Session> won = new ArrayList<>();
        try {
            for (Future<Session> outcome : pool.invokeAll(calls)) {
                try {
                    won.add(outcome.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(InvalidRefreshTokenException.class);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(won).hasSizeLessThanOrEqualTo(1);
        for (Session session : won) {
            assertThatThrownBy(() -> refresh.execute(session.refreshToken()))
                    .isInstanceOf(InvalidRefreshTokenException.class);
        }
    }

    @Test
    void logoutRevokesTheFamilyAndIsSilentForUnknownTokens() {
        Session first = registerAda();
        Session second = refresh.execute(first.refreshToken());
        Session otherDevice = logIn.execute(new LogInCommand("ada@example.com", PASSWORD));

        logOut.execute(second.refreshToken());
        logOut.execute(second.refreshToken());
        logOut.execute("unknown-token");
        logOut.execute(null);

        assertThatThrownBy(() -> refresh.execute(second.refreshToken())).isInstanceOf(InvalidRefreshTokenException.class);
        assertThat(stored(first.refreshToken()).isRevoked()).isTrue();
        assertThat(refresh.execute(otherDevice.refreshToken())).isNotNull();
    }

    @Test
    void theCurrentUserIsTheAccountOrNotFound() {
        Session session = registerAda();

        assertThat(currentUser.execute(session.user().id())).isEqualTo(session.user());
        assertThatThrownBy(() -> currentUser.execute(new UserId("demo-user"))).isInstanceOf(UserNotFoundException.class);
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        synchronized void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }
    }
}
