package com.jobwise.export.domain.content;

import com.jobwise.export.domain.export.IExportRepository;

import com.jobwise.export.domain.account.UserId;

import java.util.Optional;

/** The {@code generations} table, scoped by user like {@link IExportRepository}. */
public interface IGenerationRepository {

    /** Inserts a new generation. */
    void save(Generation generation);

    /** The generation with {@code id} owned by {@code userId}. */
    Optional<Generation> findByIdAndUser(GenerationId id, UserId userId);
}
