package com.jobwise.export.domain.preview;

import com.jobwise.export.domain.export.IExportRepository;

import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.account.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;

/** The {@code previews} table, scoped by user like {@link IExportRepository}. */
public interface IPreviewRepository {

    /** Inserts a new preview row. */
    void save(Preview preview);

    /** The preview with {@code id} owned by {@code userId}, expired or not. */
    Optional<Preview> findByIdAndUser(ExportId id, UserId userId);

    /** Same claim-delete-commit protocol as {@link IExportRepository#purgeExpired}. */
    int purgeExpired(Instant now, int limit, Consumer<List<Preview>> deleteObjects);

    /** Which of {@code objectKeys} some preview row ({@code file_path}) still references, of any user. */
    Set<String> findExistingObjectKeys(Collection<String> objectKeys);
}
