package com.jobwise.export.domain.content;

import com.jobwise.export.domain.account.UserId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory {@link IGenerationRepository} for tests of the core. */
public class InMemoryGenerationRepository implements IGenerationRepository {
    private final Map<GenerationId, Generation> rows = new ConcurrentHashMap<>();

    @Override
    public void save(Generation generation) {
        if (rows.putIfAbsent(generation.id(), generation) != null) {
            throw new IllegalStateException("duplicate generation id " + generation.id());
        }
    }

    @Override
    public Optional<Generation> findByIdAndUser(GenerationId id, UserId userId) {
        return Optional.ofNullable(rows.get(id)).filter(g -> g.userId().equals(userId));
    }
}
