package com.jobwise.export.application.export;

import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.export.InMemoryExportRepository;
import com.jobwise.export.domain.export.InMemoryObjectStore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The storage warm-up puts a probe object, deletes it and leaves nothing; an outage propagates. */
class WarmUpStorageTest {
    /** Records the keys put and deleted. */
    static final class RecordingStore extends InMemoryObjectStore {
        final List<String> calls = new ArrayList<>();

        @Override
        public void put(String key, byte[] bytes, String contentType) {
            calls.add("PUT " + key);
            super.put(key, bytes, contentType);
        }

        @Override
        public void delete(String key) {
            calls.add("DELETE " + key);
            super.delete(key);
        }
    }

    @Test
    void aProbeObjectIsPutThenDeleted() {
        RecordingStore store = new RecordingStore();

        new WarmUpStorage(store, new InMemoryExportRepository()).execute();

        assertThat(store.calls).hasSize(2);
        assertThat(store.calls.get(0)).startsWith("PUT " + WarmUpStorage.PREFIX);
        assertThat(store.calls.get(1)).isEqualTo("DELETE " + store.calls.get(0).substring(4));
        assertThat(store.keys()).isEmpty();
    }

    @Test
    void anOutagePropagates() {
        InMemoryObjectStore store = new InMemoryObjectStore();
        store.failNextCalls(true);

        assertThatThrownBy(() -> new WarmUpStorage(store, new InMemoryExportRepository()).execute())
                .isInstanceOf(StorageUnavailableException.class);
    }
}
