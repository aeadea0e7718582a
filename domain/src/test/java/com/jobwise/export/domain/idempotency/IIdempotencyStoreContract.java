package com.jobwise.export.domain.idempotency;

import com.jobwise.export.domain.export.TestData;

import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.idempotency.IIdempotencyStore.InProgress;
import com.jobwise.export.domain.idempotency.IIdempotencyStore.Mismatch;
import com.jobwise.export.domain.idempotency.IIdempotencyStore.Replay;
import com.jobwise.export.domain.idempotency.IIdempotencyStore.Reservation;
import com.jobwise.export.domain.idempotency.IIdempotencyStore.Reserved;
import com.jobwise.export.domain.idempotency.IIdempotencyStore.RecordedOutcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link IIdempotencyStore} honours (one retention of 24 hours and a lease of one minute,
 * as the REST adapter uses them). Times are explicit, so the tests never wait.
 */
public abstract class IIdempotencyStoreContract {

    protected abstract IIdempotencyStore createStore();

    static final Duration RETENTION = Duration.ofHours(24);
    static final Duration LEASE = Duration.ofMinutes(1);
    static final RecordedOutcome CREATED = new RecordedOutcome(201, "application/json",
            "{\"export_id\":\"e-1\",\"filename\":\"Zoë.pdf\"}".getBytes(StandardCharsets.UTF_8));

    final IIdempotencyStore store = createStore();
    final UserId user = TestData.newUser();
    final Instant t0 = TestData.now();

    static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    static String fingerprint(String body) {
        return Integer.toHexString(body.hashCode()) + "-" + body.length();
    }

    Reservation reserve(String key, String fingerprint, Instant now) {
        return store.reserve(user, key, fingerprint, now, RETENTION, LEASE);
    }

    String reserved(String key, String fingerprint, Instant now) {
        Reservation reservation = reserve(key, fingerprint, now);
        assertThat(reservation).isInstanceOf(Reserved.class);
        return ((Reserved) reservation).token();
    }

    @Test
    void aCompletedRequestIsReplayedWithTheExactResponse() {
        String key = newKey();
        String token = reserved(key, "fp-a", t0);

        assertThat(store.complete(user, key, token, CREATED)).isTrue();

        Reservation retry = reserve(key, "fp-a", t0.plusSeconds(5));
        assertThat(retry).isInstanceOf(Replay.class);
        RecordedOutcome replayed = ((Replay) retry).outcome();
        assertThat(replayed.code()).isEqualTo(201);
        assertThat(replayed.mediaType()).isEqualTo("application/json");
        assertThat(new String(replayed.payload(), StandardCharsets.UTF_8))
                .isEqualTo("{\"export_id\":\"e-1\",\"filename\":\"Zoë.pdf\"}");
    }

    @Test
    void everyByteOfTheBodyAndANullContentTypeSurvive() {
        String key = newKey();
        byte[] body = new byte[256];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        String token = reserved(key, "fp-bytes", t0);
        store.complete(user, key, token, new RecordedOutcome(200, null, body));

        RecordedOutcome replayed = ((Replay) reserve(key, "fp-bytes", t0.plusSeconds(1))).outcome();
        assertThat(replayed.payload()).containsExactly(body);
        assertThat(replayed.mediaType()).isNull();
        assertThat(replayed.code()).isEqualTo(200);
    }

    @Test
    void aRequestStillRunningIsInProgressForTheSameFingerprint() {
        String key = newKey();
        reserved(key, "fp-a", t0);

        assertThat(reserve(key, "fp-a", t0.plusSeconds(2))).isInstanceOf(InProgress.class);
    }

    @Test
    void anotherFingerprintIsAMismatchWhileRunningAndAfterCompletion() {
        String key = newKey();
        String token = reserved(key, "fp-a", t0);
        assertThat(reserve(key, "fp-b", t0.plusSeconds(1))).isInstanceOf(Mismatch.class);

        store.complete(user, key, token, CREATED);
        assertThat(reserve(key, "fp-b", t0.plus(Duration.ofHours(23)))).isInstanceOf(Mismatch.class);
        assertThat(reserve(key, "fp-a", t0.plus(Duration.ofHours(23)))).isInstanceOf(Replay.class);
    }

    @Test
    void keysBelongToTheirUser() {
        String key = newKey();
        String token = reserved(key, "fp-a", t0);
        store.complete(user, key, token, CREATED);

        Reservation stranger = store.reserve(TestData.newUser(), key, "fp-other", t0.plusSeconds(1), RETENTION, LEASE);
        assertThat(stranger).isInstanceOf(Reserved.class);
        assertThat(reserve(key, "fp-a", t0.plusSeconds(2))).isInstanceOf(Replay.class);
    }

    @Test
    void aReleasedKeyRunsAgainWithAnyBody() {
        String key = newKey();
        String token = reserved(key, "fp-a", t0);

        store.release(user, key, token);

        String second = reserved(key, "fp-b", t0.plusSeconds(1));
        assertThat(second).isNotEqualTo(token);
    }

    @Test
    void releasingACompletedReservationKeepsItsResponse() {
        String key = newKey();
        String token = reserved(key, "fp-a", t0);
        store.complete(user, key, token, CREATED);

        store.release(user, key, token);

        assertThat(reserve(key, "fp-a", t0.plusSeconds(1))).isEqualTo(new Replay(CREATED));
    }

    @Test
    void afterTheRetentionTheKeyIsFreeAgain() {
        String key = newKey();
        String token = reserved(key, "fp-a", t0);
        store.complete(user, key, token, CREATED);

        assertThat(reserve(key, "fp-a", t0.plus(RETENTION).minusSeconds(1))).isInstanceOf(Replay.class);
        assertThat(reserve(key, "fp-b", t0.plus(RETENTION))).isInstanceOf(Reserved.class);
    }

    @Test
    void anAbandonedReservationIsTakenOverAfterItsLeaseAndTheOldTokenLosesIt() {
        String key = newKey();
        String abandoned = reserved(key, "fp-a", t0);
        assertThat(reserve(key, "fp-a", t0.plus(LEASE).minusSeconds(1))).isInstanceOf(InProgress.class);

        String takeover = reserved(key, "fp-a", t0.plus(LEASE));

        assertThat(takeover).isNotEqualTo(abandoned);
        assertThat(store.complete(user, key, abandoned, CREATED)).isFalse();
        store.release(user, key, abandoned);
        assertThat(reserve(key, "fp-a", t0.plus(LEASE).plusSeconds(1))).isInstanceOf(InProgress.class);
        assertThat(store.complete(user, key, takeover, CREATED)).isTrue();
        assertThat(reserve(key, "fp-a", t0.plus(LEASE).plusSeconds(2))).isEqualTo(new Replay(CREATED));
    }

    @Test
    void aCompletedResponseIsKeptBeyondTheLease() {
        String key = newKey();
        String token = reserved(key, "fp-a", t0);
        store.complete(user, key, token, CREATED);

        assertThat(reserve(key, "fp-a", t0.plus(LEASE).plusSeconds(30))).isInstanceOf(Replay.class);
    }

    @Test
    void completingTwiceKeepsTheFirstResponse() {
        String key = newKey();
        String token = reserved(key, "fp-a", t0);
        assertThat(store.complete(user, key, token, CREATED)).isTrue();

        assertThat(store.complete(user, key, token, new RecordedOutcome(500, "text/plain", new byte[]{1}))).isFalse();
        assertThat(reserve(key, "fp-a", t0.plusSeconds(1))).isEqualTo(new Replay(CREATED));
    }

    @Test
    void completingAnUnknownReservationFails() {
        assertThat(store.complete(user, newKey(), UUID.randomUUID().toString(), CREATED)).isFalse();
    }

    @Test
    void purgeDeletesOnlyExpiredKeys() {
        String old = newKey();
        String oldToken = reserved(old, "fp-old", t0.minus(RETENTION).minusSeconds(10));
        store.complete(user, old, oldToken, CREATED);
        String fresh = newKey();
        String freshToken = reserved(fresh, "fp-new", t0);
        store.complete(user, fresh, freshToken, CREATED);

        assertThat(store.purgeExpired(t0)).isGreaterThanOrEqualTo(1);

        assertThat(reserve(fresh, "fp-new", t0.plusSeconds(1))).isEqualTo(new Replay(CREATED));
        assertThat(reserve(old, "fp-other", t0.plusSeconds(1))).isInstanceOf(Reserved.class);
        assertThat(store.purgeExpired(t0)).isZero();
    }

    @Test
    void concurrentFirstRequestsReserveTheKeyExactlyOnce() throws Exception {
        String key = newKey();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reservation>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Reservation> attempt = () -> {
                    start.await();
                    return reserve(key, "fp-a", t0);
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            int reserved = 0;
            int inProgress = 0;
            for (Future<Reservation> result : results) {
                Reservation reservation = result.get();
                if (reservation instanceof Reserved) {
                    reserved++;
                } else if (reservation instanceof InProgress) {
                    inProgress++;
                }
            }
            assertThat(reserved).isEqualTo(1);
            assertThat(inProgress).isEqualTo(threads - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyOfTheMaximumLengthIsAccepted() {
        String key = "k".repeat(IIdempotencyStore.MAX_KEY_LENGTH);
        String token = reserved(key, "fp-a", t0);
        assertThat(store.complete(user, key, token, CREATED)).isTrue();
        assertThat(reserve(key, "fp-a", t0.plusSeconds(1))).isEqualTo(new Replay(CREATED));
    }
}
