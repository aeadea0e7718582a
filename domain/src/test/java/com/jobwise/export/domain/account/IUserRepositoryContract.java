package com.jobwise.export.domain.account;

import com.jobwise.export.domain.export.TestData;

import com.jobwise.export.domain.error.EmailAlreadyRegisteredException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

/** The contract every {@link IUserRepository} honours; subclass once per backend. */
public abstract class IUserRepositoryContract {
    protected IUserRepository repository;

    protected abstract IUserRepository createRepository();

    @BeforeEach
    void setUpRepository() {
        repository = createRepository();
    }

    @Test
    void savedUserIsFoundByIdAndByEmailWithEveryField() {
        User user = AccountTestData.newUser();
        repository.save(user);

        assertThat(repository.findById(user.id())).contains(user);
        assertThat(repository.findByEmail(user.email())).contains(user);
    }

    @Test
    void tierAndUnicodeNamesRoundTrip() {
        User base = AccountTestData.newUser();
        User pro = new User(base.id(), base.email(), base.passwordHash(), "Zoë Łukasiewicz 山田", Tier.PRO,
                base.createdAt());
        repository.save(pro);

        User found = repository.findById(pro.id()).orElseThrow();
        assertThat(found.tier()).isEqualTo(Tier.PRO);
        assertThat(found.fullName()).isEqualTo("Zoë Łukasiewicz 山田");
    }

    @Test
    void unknownIdAndEmailAreEmpty() {
        assertThat(repository.findById(new UserId(UUID.randomUUID().toString()))).isEmpty();
        assertThat(repository.findByEmail(AccountTestData.newEmail())).isEmpty();
    }

    @Test
    void aSecondAccountWithTheSameEmailIsRefusedAndTheFirstStays() {
        User first = AccountTestData.newUser();
        repository.save(first);
        User second = new User(new UserId(UUID.randomUUID().toString()), first.email(), "other-hash", "Someone Else",
                Tier.FREE, first.createdAt());

        assertThatThrownBy(() -> repository.save(second)).isInstanceOf(EmailAlreadyRegisteredException.class);
        assertThat(repository.findByEmail(first.email())).contains(first);
        assertThat(repository.findById(second.id())).isEmpty();
    }

    @Test
    void aDuplicateIdIsABug() {
        User first = AccountTestData.newUser();
        repository.save(first);
        User sameId = new User(first.id(), AccountTestData.newEmail(), "hash", "Twin", Tier.FREE, first.createdAt());

        assertThatThrownBy(() -> repository.save(sameId)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void ofConcurrentRegistrationsOfOneEmailExactlyOneSucceeds() throws InterruptedException {
        EmailAddress email = AccountTestData.newEmail();
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(() -> {
                try {
                    repository.save(new User(new UserId(UUID.randomUUID().toString()), email, "hash", "Racer",
                            Tier.FREE, TestData.now()));
                    return true;
                } catch (EmailAlreadyRegisteredException e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            int succeeded = 0;
            for (Future<Boolean> outcome : pool.invokeAll(attempts)) {
                succeeded += outcome.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } catch (ExecutionException e) {
            throw new AssertionError("a registration failed with something else", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        assertThat(repository.findByEmail(email)).isPresent();
    }
}
