package com.jobwise.export.domain.account;

import com.jobwise.export.domain.export.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract every {@link IRefreshTokenRepository} honours; subclass once per backend. */
public abstract class IRefreshTokenRepositoryContract {
    protected IRefreshTokenRepository repository;

    protected abstract IRefreshTokenRepository createRepository();

    /** Backends whose tokens reference {@code users} insert the owner here; returns its id. */
    protected UserId givenUser() {
        return new UserId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpRepository() {
        repository = createRepository();
    }

    static String newFamily() {
        return UUID.randomUUID().toString();
    }

    @Test
    void savedTokenIsFoundByItsHashUnusedAndUnrevoked() {
        RefreshToken token = AccountTestData.newToken(givenUser(), newFamily(), TestData.now());
        repository.save(token);

        RefreshToken found = repository.findByHash(token.tokenHash()).orElseThrow();
        assertThat(found).isEqualTo(token);
        assertThat(found.isUsed()).isFalse();
        assertThat(found.isRevoked()).isFalse();
        assertThat(repository.findByHash(AccountTestData.newTokenHash())).isEmpty();
    }

    @Test
    void aDuplicateHashIsABug() {
        RefreshToken token = AccountTestData.newToken(givenUser(), newFamily(), TestData.now());
        repository.save(token);

        assertThatThrownBy(() -> repository.save(token)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTokenIsMarkedUsedOnceOnly() {
        RefreshToken token = AccountTestData.newToken(givenUser(), newFamily(), TestData.now());
        repository.save(token);
        Instant at = TestData.now().plusSeconds(5);

        assertThat(repository.markUsed(token.tokenHash(), at)).isTrue();
        assertThat(repository.markUsed(token.tokenHash(), at.plusSeconds(1))).isFalse();
        assertThat(repository.findByHash(token.tokenHash()).orElseThrow().usedAt()).isEqualTo(at);
        assertThat(repository.markUsed(AccountTestData.newTokenHash(), at)).isFalse();
    }

    @Test
    void ofConcurrentUsesOfOneTokenExactlyOneWins() throws InterruptedException {
        RefreshToken token = AccountTestData.newToken(givenUser(), newFamily(), TestData.now());
        repository.save(token);
        List<Callable<Boolean>> uses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            uses.add(() -> repository.markUsed(token.tokenHash(), TestData.now()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            int won = 0;
            for (Future<Boolean> outcome : pool.invokeAll(uses)) {
                won += outcome.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void revokingAFamilyRevokesEveryTokenOfItAndNothingElse() {
        UserId user = givenUser();
        String family = newFamily();
        Instant now = TestData.now();
        RefreshToken used = AccountTestData.newToken(user, family, now);
        RefreshToken current = AccountTestData.newToken(user, family, now.plusSeconds(1));
        RefreshToken otherFamily = AccountTestData.newToken(user, newFamily(), now);
        repository.save(used);
        repository.save(current);
        repository.save(otherFamily);
        repository.markUsed(used.tokenHash(), now.plusSeconds(1));
        Instant revokedAt = now.plusSeconds(2);

        assertThat(repository.revokeFamily(family, revokedAt)).isEqualTo(2);

        assertThat(repository.findByHash(used.tokenHash()).orElseThrow().revokedAt()).isEqualTo(revokedAt);
        assertThat(repository.findByHash(used.tokenHash()).orElseThrow().isUsed()).isTrue();
        assertThat(repository.findByHash(current.tokenHash()).orElseThrow().revokedAt()).isEqualTo(revokedAt);
        assertThat(repository.findByHash(otherFamily.tokenHash()).orElseThrow().isRevoked()).isFalse();
        assertThat(repository.markUsed(current.tokenHash(), now.plusSeconds(3))).isFalse();
        assertThat(repository.revokeFamily(family, now.plusSeconds(4))).isZero();
        assertThat(repository.findByHash(current.tokenHash()).orElseThrow().revokedAt()).isEqualTo(revokedAt);
    }

    @Test
    void deleteExpiredRemovesOnlyExpiredTokens() {
        UserId user = givenUser();
        Instant now = TestData.now();
        RefreshToken expired = RefreshToken.issued(AccountTestData.newTokenHash(), user, newFamily(),
                now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(1)));
        RefreshToken live = AccountTestData.newToken(user, newFamily(), now);
        repository.save(expired);
        repository.save(live);

        assertThat(repository.deleteExpired(now)).isGreaterThanOrEqualTo(1);

        assertThat(repository.findByHash(expired.tokenHash())).isEmpty();
        assertThat(repository.findByHash(live.tokenHash())).contains(live);
    }
}
