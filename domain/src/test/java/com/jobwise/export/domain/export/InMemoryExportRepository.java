package com.jobwise.export.domain.export;

import com.jobwise.export.domain.account.UserId;

import com.jobwise.export.domain.error.QuotaExceededException;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory {@link IExportRepository} for tests of the core. */
public class InMemoryExportRepository implements IExportRepository {
    private final Map<ExportId, Export> rows = new ConcurrentHashMap<>();

    @Override
    public synchronized void saveWithinQuota(Export export, long limitBytes, Instant now) {
        long used = totalSizeBytes(export.userId(), now);
        if (used + export.fileSizeBytes() > limitBytes) {
            throw new QuotaExceededException(used, export.fileSizeBytes(), limitBytes);
        }
        save(export);
    }

    @Override
    public synchronized void save(Export export) {
        if (rows.putIfAbsent(export.id(), export) != null) {
            throw new IllegalStateException("duplicate export id " + export.id());
        }
    }

    @Override
    public Optional<Export> findByIdAndUser(ExportId id, UserId userId) {
        return Optional.ofNullable(rows.get(id)).filter(e -> e.userId().equals(userId));
    }

    @Override
    public ExportPage findByUser(UserId userId, ExportQuery query) {
        List<Export> matching = rows.values().stream()
                .filter(e -> e.userId().equals(userId))
                .filter(e -> query.format() == null || e.format() == query.format())
                .filter(e -> query.documentType() == null || e.documentType() == query.documentType())
                .filter(e -> query.template() == null || e.template().equals(query.template()))
                .sorted(Comparator.comparing(Export::createdAt).reversed().thenComparing(e -> e.id().toString()))
                .toList();
        List<Export> page = matching.stream().skip(query.offset()).limit(query.limit()).toList();
        return new ExportPage(page, matching.size());
    }

    @Override
    public boolean delete(ExportId id, UserId userId) {
        return findByIdAndUser(id, userId).map(e -> rows.remove(id, e)).orElse(false);
    }

    @Override
    public synchronized boolean incrementDownloadCount(ExportId id, UserId userId) {
        Optional<Export> found = findByIdAndUser(id, userId);
        found.ifPresent(e -> rows.put(id, new Export(e.id(), e.userId(), e.generationId(), e.documentType(),
                e.format(), e.template(), e.filename(), e.objectKey(), e.fileSizeBytes(), e.pageCount(), e.options(),
                e.metadata(), e.downloadCount() + 1, e.expiresAt(), e.createdAt())));
        return found.isPresent();
    }

    @Override
    public long totalSizeBytes(UserId userId, Instant now) {
        return rows.values().stream().filter(e -> e.userId().equals(userId) && !e.isExpiredAt(now))
                .mapToLong(Export::fileSizeBytes).sum();
    }

    @Override
    public synchronized int purgeExpired(Instant now, int limit, Consumer<List<Export>> deleteObjects) {
        List<Export> expired = rows.values().stream().filter(e -> e.isExpiredAt(now))
                .sorted(Comparator.comparing(Export::expiresAt)).limit(limit).toList();
        if (expired.isEmpty()) {
            return 0;
        }
        deleteObjects.accept(expired);
        expired.forEach(e -> rows.remove(e.id()));
        return expired.size();
    }

    @Override
    public Set<String> findExistingObjectKeys(Collection<String> objectKeys) {
        Set<String> existing = new HashSet<>();
        rows.values().forEach(e -> {
            if (objectKeys.contains(e.objectKey())) {
                existing.add(e.objectKey());
            }
        });
        return existing;
    }

    /** Every row, for assertions. */
    public List<Export> all() {
        return List.copyOf(rows.values());
    }
}
