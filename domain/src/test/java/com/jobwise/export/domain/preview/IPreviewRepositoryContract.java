package com.jobwise.export.domain.preview;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.export.TestData;

import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.account.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract every {@link IPreviewRepository} honours; subclass once per backend. */
public abstract class IPreviewRepositoryContract {
    protected IPreviewRepository repository;

    protected abstract IPreviewRepository createRepository();

    /** Backends whose previews reference {@code generations} insert the parent here. */
    protected void givenGeneration(GenerationId generationId, UserId owner) {
    }

    @BeforeEach
    void setUpRepository() {
        repository = createRepository();
    }

    Preview preview(UserId user, Instant createdAt, Duration ttl) {
        ExportId id = ExportId.newId();
        GenerationId generationId = GenerationId.newId();
        givenGeneration(generationId, user);
        return new Preview(id, user, generationId, "modern", Preview.objectKeyFor(user, id), 4321,
                createdAt.plus(ttl), createdAt);
    }

    @Test
    void savedPreviewIsFoundByItsOwnerOnly() {
        UserId user = TestData.newUser();
        Preview preview = preview(user, TestData.now(), Duration.ofHours(1));
        repository.save(preview);

        assertThat(repository.findByIdAndUser(preview.id(), user)).contains(preview);
        assertThat(repository.findByIdAndUser(preview.id(), TestData.newUser())).isEmpty();
        assertThat(repository.findByIdAndUser(ExportId.newId(), user)).isEmpty();
    }

    @Test
    void purgeRemovesOnlyExpiredPreviews() {
        UserId user = TestData.newUser();
        Instant now = TestData.now();
        Preview old = preview(user, now.minus(Duration.ofHours(2)), Duration.ofHours(1));
        Preview fresh = preview(user, now, Duration.ofHours(1));
        repository.save(old);
        repository.save(fresh);

        List<Preview> handed = new ArrayList<>();
        while (repository.purgeExpired(now, 100, handed::addAll) > 0) {
            assertThat(handed).isNotEmpty();
        }

        assertThat(handed).extracting(Preview::id).contains(old.id()).doesNotContain(fresh.id());
        assertThat(repository.findByIdAndUser(old.id(), user)).isEmpty();
        assertThat(repository.findByIdAndUser(fresh.id(), user)).isPresent();
    }

    @Test
    void existingObjectKeysAreReported() {
        UserId user = TestData.newUser();
        Preview preview = preview(user, TestData.now(), Duration.ofHours(1));
        repository.save(preview);

        assertThat(repository.findExistingObjectKeys(List.of(preview.objectKey(), "previews/" + user + "/gone.png")))
                .containsExactly(preview.objectKey());
        assertThat(repository.findExistingObjectKeys(List.of())).isEmpty();
    }
}
