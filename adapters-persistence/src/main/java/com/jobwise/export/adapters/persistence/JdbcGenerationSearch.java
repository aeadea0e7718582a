package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.job.IGenerationSearch;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * {@link IGenerationSearch} as one indexed query on {@code generations} (user, creation time, type), oldest first.
 * Errors: {@link StorageUnavailableException} when the database cannot be reached.
 */
@Singleton
@Requires(property = "datasources.default.url")
@TranslateSqlErrors
public class JdbcGenerationSearch implements IGenerationSearch {
    private final JobRows rows;

    JdbcGenerationSearch(JobRows rows) {
        this.rows = rows;
    }

    @Override
    public List<String> findIds(UserId userId, Instant from, Instant toExclusive, Set<DocumentType> types, int limit) {
        String[] wire = types.stream().map(DocumentType::wireName).toArray(String[]::new);
        return rows.findGenerationIds(userId.value(), from, toExclusive, types.isEmpty(), wire, limit);
    }
}
