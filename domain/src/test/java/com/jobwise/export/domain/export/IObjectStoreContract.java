package com.jobwise.export.domain.export;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link IObjectStore} honours. Subclass once per backend (in-memory, S3 on
 * S3Proxy, S3 on LocalStack). Keys use a fresh prefix per test.
 */
public abstract class IObjectStoreContract {
    protected IObjectStore store;
    protected String prefix;

    protected abstract IObjectStore createStore();

    @BeforeEach
    void setUpStore() {
        store = createStore();
        prefix = "exports/contract-" + UUID.randomUUID() + "/";
    }

    @Test
    void putThenGetReturnsTheSameBytesAndContentType() {
        byte[] bytes = "%PDF-1.7 ünïcödé".getBytes(StandardCharsets.UTF_8);
        store.put(prefix + "a.pdf", bytes, "application/pdf");

        try (StoredObject object = store.get(prefix + "a.pdf").orElseThrow()) {
            assertThat(object.sizeBytes()).isEqualTo(bytes.length);
            assertThat(object.contentType()).isEqualTo("application/pdf");
            assertThat(object.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(store.exists(prefix + "a.pdf")).isTrue();
    }

    @Test
    void missingObjectIsEmpty() {
        assertThat(store.get(prefix + "missing.pdf")).isEmpty();
        assertThat(store.exists(prefix + "missing.pdf")).isFalse();
    }

    @Test
    void putReplaces() {
        store.put(prefix + "b.pdf", new byte[] {1}, "application/pdf");
        store.put(prefix + "b.pdf", new byte[] {2, 3}, "application/pdf");

        assertThat(store.get(prefix + "b.pdf").orElseThrow().readAllBytes()).containsExactly(2, 3);
    }

    @Test
    void deleteRemovesAndIsIdempotent() {
        store.put(prefix + "c.pdf", new byte[] {1}, "application/pdf");
        store.delete(prefix + "c.pdf");
        store.delete(prefix + "c.pdf");

        assertThat(store.exists(prefix + "c.pdf")).isFalse();
    }

    @Test
    void deleteAllRemovesManyKeysIncludingMissingOnes() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            keys.add(prefix + "many/" + i + ".pdf");
            store.put(keys.getLast(), new byte[] {(byte) i}, "application/pdf");
        }
        store.put(prefix + "keep.pdf", new byte[] {9}, "application/pdf");
        keys.add(prefix + "never-existed.pdf");

        store.deleteAll(keys);

        assertThat(store.list(prefix)).extracting(ObjectSummary::key).containsExactly(prefix + "keep.pdf");
    }

    @Test
    void listReturnsKeysUnderThePrefixWithSizes() {
        store.put(prefix + "x/1.pdf", new byte[] {1, 2, 3}, "application/pdf");
        store.put(prefix + "x/2.docx", new byte[] {1}, "application/octet-stream");
        store.put(prefix + "y/3.pdf", new byte[] {1}, "application/pdf");

        List<ObjectSummary> listed = store.list(prefix + "x/");
        assertThat(listed).extracting(ObjectSummary::key).containsExactly(prefix + "x/1.pdf", prefix + "x/2.docx");
        assertThat(listed.getFirst().sizeBytes()).isEqualTo(3);
        assertThat(listed.getFirst().lastModified()).isNotNull();
    }

    @Test
    void presignedUrlIsIssued() {
        store.put(prefix + "p.pdf", new byte[] {1}, "application/pdf");

        assertThat(store.presignGet(prefix + "p.pdf", java.time.Duration.ofMinutes(5), "p.pdf")).isNotNull();
    }

    @Test
    void presignedUrlValidityIsCappedAtFifteenMinutes() {
        store.put(prefix + "c.pdf", new byte[] {1}, "application/pdf");

        assertThat(IObjectStore.MAX_PRESIGN_VALIDITY).isEqualTo(java.time.Duration.ofMinutes(15));
        assertThat(store.presignGet(prefix + "c.pdf", java.time.Duration.ofMinutes(15), "c.pdf")).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> store.presignGet(prefix + "c.pdf", java.time.Duration.ofMinutes(15).plusSeconds(1), "c.pdf"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> store.presignGet(prefix + "c.pdf", java.time.Duration.ofHours(24), "c.pdf"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> store.presignGet(prefix + "c.pdf", java.time.Duration.ZERO, "c.pdf"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
