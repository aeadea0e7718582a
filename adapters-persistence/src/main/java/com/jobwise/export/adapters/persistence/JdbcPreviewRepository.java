package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.error.GenerationNotFoundException;
import com.jobwise.export.domain.preview.Preview;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.preview.IPreviewRepository;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@link IPreviewRepository} on the {@code previews} table (migration V2), with the same purge protocol as
 * {@link JdbcExportRepository}.
 *
 * <p>Errors: {@link StorageUnavailableException} when the database cannot be reached;
 * {@link GenerationNotFoundException} when {@link #save} names a generation that does not exist (foreign
 * key {@code generation_id}, which cascades deletes from {@code generations}); {@link IllegalStateException}
 * for a duplicate id.
 */
@Singleton
@Requires(property = "datasources.default.url")
@TranslateSqlErrors(missingParent = GenerationNotFoundException.class)
public class JdbcPreviewRepository implements IPreviewRepository {
    private final PreviewRows rows;

    JdbcPreviewRepository(PreviewRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(Preview preview) {
        rows.save(PreviewRows.Row.of(Objects.requireNonNull(preview, "preview")));
    }

    @Override
    public Optional<Preview> findByIdAndUser(ExportId id, UserId userId) {
        return rows.findByIdAndUserId(id.toString(), userId.value()).map(PreviewRows.Row::toPreview);
    }

    /** Oldest expiry first through {@code idx_previews_expires_at}; claim, callback, delete, commit. */
    @Override
    @Transactional
    public int purgeExpired(Instant now, int limit, Consumer<List<Preview>> deleteObjects) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(deleteObjects, "deleteObjects");
        return ExpiredRows.purge(limit, max -> rows.claimExpired(now, max), PreviewRows.Row::toPreview, PreviewRows.Row::id,
                rows::deleteClaimed, deleteObjects);
    }

    @Override
    public Set<String> findExistingObjectKeys(Collection<String> objectKeys) {
        return ExpiredRows.referencedKeys(objectKeys, rows::findReferencedKeys);
    }
}
