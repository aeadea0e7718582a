package com.jobwise.export.domain.account;

import com.jobwise.export.domain.export.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract every {@link IFailedLoginRepository} honours; subclass once per backend. */
public abstract class IFailedLoginRepositoryContract {
    protected IFailedLoginRepository repository;

    protected abstract IFailedLoginRepository createRepository();

    @BeforeEach
    void setUpRepository() {
        repository = createRepository();
    }

    static String newKey() {
        return AccountTestData.newTokenHash();
    }

    @Test
    void anUnknownKeyHasNoRecord() {
        assertThat(repository.find(newKey())).isEmpty();
    }

    @Test
    void theFirstUpdateStartsFromNoneAndIsStoredWithEveryField() {
        String key = newKey();
        Instant start = TestData.now();
        Instant locked = start.plusSeconds(900);
        List<FailedLogins> seen = new ArrayList<>();

        FailedLogins stored = repository.update(key, current -> {
            seen.add(current);
            return new FailedLogins(3, start, locked);
        });

        assertThat(seen).containsExactly(FailedLogins.NONE);
        assertThat(stored).isEqualTo(new FailedLogins(3, start, locked));
        assertThat(repository.find(key)).contains(new FailedLogins(3, start, locked));
    }

    @Test
    void updatesSeeThePreviousRecordAndKeysAreIndependent() {
        String key = newKey();
        String other = newKey();
        Instant start = TestData.now();
        repository.update(key, current -> new FailedLogins(1, start, null));
        repository.update(other, current -> new FailedLogins(7, start, null));

        FailedLogins second = repository.update(key, current -> new FailedLogins(current.failures() + 1,
                current.windowStart(), current.lockedUntil()));

        assertThat(second).isEqualTo(new FailedLogins(2, start, null));
        assertThat(repository.find(other)).contains(new FailedLogins(7, start, null));
    }

    @Test
    void deleteForgetsTheKeyOnly() {
        String key = newKey();
        String other = newKey();
        repository.update(key, current -> new FailedLogins(2, TestData.now(), null));
        repository.update(other, current -> new FailedLogins(2, TestData.now(), null));

        repository.delete(key);
        repository.delete(newKey());

        assertThat(repository.find(key)).isEmpty();
        assertThat(repository.find(other)).isPresent();
    }

    @Test
    void concurrentUpdatesOfOneKeyLoseNothing() throws InterruptedException {
        String key = newKey();
        Instant start = TestData.now();
        List<Callable<FailedLogins>> updates = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            updates.add(() -> repository.update(key,
                    current -> new FailedLogins(current.failures() + 1, start, null)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<FailedLogins> outcome : pool.invokeAll(updates)) {
                outcome.get();
            }
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        assertThat(repository.find(key).orElseThrow().failures()).isEqualTo(40);
    }
}
