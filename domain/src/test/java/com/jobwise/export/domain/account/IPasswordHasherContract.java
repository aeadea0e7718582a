package com.jobwise.export.domain.account;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link IPasswordHasher} honours; subclass once per implementation. Hashes once per class
 * (bcrypt at cost 12 is slow on purpose).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IPasswordHasherContract {
    protected static final String PASSWORD = "Correct-Horse-7";
    protected IPasswordHasher hasher;
    protected String hash;

    protected abstract IPasswordHasher createHasher();

    @BeforeAll
    void hashOnce() {
        hasher = createHasher();
        hash = hasher.hash(PASSWORD);
    }

    @Test
    void theHashIsNotThePasswordAndFitsTheColumn() {
        assertThat(hash).doesNotContain(PASSWORD).hasSizeLessThanOrEqualTo(100);
    }

    @Test
    void theRightPasswordMatchesAndNoOtherDoes() {
        assertThat(hasher.matches(PASSWORD, hash)).isTrue();
        assertThat(hasher.matches("Correct-Horse-8", hash)).isFalse();
        assertThat(hasher.matches("correct-horse-7", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        String again = hasher.hash(PASSWORD);

        assertThat(again).isNotEqualTo(hash);
        assertThat(hasher.matches(PASSWORD, again)).isTrue();
    }

    @Test
    void aMalformedHashMatchesNothing() {
        assertThat(hasher.matches(PASSWORD, "not-a-hash")).isFalse();
        assertThat(hasher.matches(PASSWORD, "")).isFalse();
    }
}
