package com.jobwise.export.domain.job;

import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.account.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Chooses the generations of a bulk job (the {@code generations} table). */
public interface IGenerationSearch {

    /**
     * Ids of {@code userId}'s generations created in {@code [from, toExclusive)} whose type is in {@code types},
     * oldest first, at most {@code limit}.
     *
     * @param from        {@code null} for no lower bound
     * @param toExclusive {@code null} for no upper bound
     * @param types       empty for every type
     */
    List<String> findIds(UserId userId, Instant from, Instant toExclusive, Set<DocumentType> types, int limit);
}
