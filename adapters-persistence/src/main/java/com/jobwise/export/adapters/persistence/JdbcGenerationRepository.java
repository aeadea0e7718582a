package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.content.IGenerationRepository;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Objects;
import java.util.Optional;

/**
 * {@link IGenerationRepository} on the {@code generations} table; {@code content_structured} is stored as
 * JSON text and read back as the same tree of plain values, keys in stored order.
 *
 * <p>Errors: {@link StorageUnavailableException} when the database cannot be reached;
 * {@link IllegalStateException} for a duplicate id.
 */
@Singleton
@Requires(property = "datasources.default.url")
@TranslateSqlErrors
public class JdbcGenerationRepository implements IGenerationRepository {
    private final GenerationRows rows;

    JdbcGenerationRepository(GenerationRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(Generation generation) {
        rows.save(GenerationRows.Row.of(Objects.requireNonNull(generation, "generation")));
    }

    @Override
    public Optional<Generation> findByIdAndUser(GenerationId id, UserId userId) {
        return id == null ? Optional.empty()
                : rows.findByIdAndUserId(id.value(), userId.value()).map(GenerationRows.Row::toGeneration);
    }
}
