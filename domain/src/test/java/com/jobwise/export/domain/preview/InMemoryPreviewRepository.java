package com.jobwise.export.domain.preview;

import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.account.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Thread-safe in-memory {@link IPreviewRepository} for tests of the core. */
public class InMemoryPreviewRepository implements IPreviewRepository {
    private final Map<ExportId, Preview> rows = new ConcurrentHashMap<>();

    @Override
    public void save(Preview preview) {
        if (rows.putIfAbsent(preview.id(), preview) != null) {
            throw new IllegalStateException("duplicate preview id " + preview.id());
        }
    }

    @Override
    public Optional<Preview> findByIdAndUser(ExportId id, UserId userId) {
        return Optional.ofNullable(rows.get(id)).filter(p -> p.userId().equals(userId));
    }

    @Override
    public synchronized int purgeExpired(Instant now, int limit, Consumer<List<Preview>> deleteObjects) {
        List<Preview> expired = rows.values().stream().filter(p -> p.isExpiredAt(now))
                .sorted(Comparator.comparing(Preview::expiresAt)).limit(limit).toList();
        if (expired.isEmpty()) {
            return 0;
        }
        deleteObjects.accept(expired);
        expired.forEach(p -> rows.remove(p.id()));
        return expired.size();
    }

    @Override
    public Set<String> findExistingObjectKeys(Collection<String> objectKeys) {
        return rows.values().stream().map(Preview::objectKey).filter(objectKeys::contains)
                .collect(java.util.stream.Collectors.toSet());
    }
}
