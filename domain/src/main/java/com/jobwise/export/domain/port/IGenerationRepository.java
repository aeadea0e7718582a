package com.jobwise.export.domain.port;

import com.jobwise.export.domain.model.Generation;
import com.jobwise.export.domain.model.UserId;

import java.util.Optional;

/** The {@code generations} table, scoped by user like {@link IExportRepository}. */
public interface IGenerationRepository {

    /** Inserts a new generation. */
    void save(Generation generation);

    /** The generation with {@code id} owned by {@code userId}. */
    Optional<Generation> findByIdAndUser(String id, UserId userId);
}
