package com.jobwise.export.domain.port;

import com.jobwise.export.domain.model.Generation;
import com.jobwise.export.domain.model.UserId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory {@link IGenerationRepository} for tests of the core. */
public class InMemoryGenerationRepository implements IGenerationRepository {
    private final Map<String, Generation> rows = new ConcurrentHashMap<>();

    @Override
    public void save(Generation generation) {
        if (rows.putIfAbsent(generation.id(), generation) != null) {
            throw new IllegalStateException("duplicate generation id " + generation.id());
        }
    }

    @Override
    public Optional<Generation> findByIdAndUser(String id, UserId userId) {
        return Optional.ofNullable(rows.get(id)).filter(g -> g.userId().equals(userId));
    }
}
