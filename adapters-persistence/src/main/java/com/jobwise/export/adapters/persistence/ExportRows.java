package com.jobwise.export.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code exports}, plus the {@code storage_locks} row that serialises a user's quota-checked saves. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ExportRows extends GenericRepository<ExportRow, String> {
    String FILTERS = " WHERE user_id = :userId AND (CAST(:format AS VARCHAR) IS NULL OR format = :format)"
            + " AND (CAST(:documentType AS VARCHAR) IS NULL OR document_type = :documentType)"
            + " AND (CAST(:template AS VARCHAR) IS NULL OR template = :template)";

    ExportRow save(ExportRow row);

    Optional<ExportRow> findByIdAndUserId(String id, String userId);

    int deleteByIdAndUserId(String id, String userId);

    @Query("SELECT COUNT(*) FROM exports" + FILTERS)
    long countPage(String userId, @Nullable String format, @Nullable String documentType, @Nullable String template);

    @Query("SELECT * FROM exports" + FILTERS + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
    List<ExportRow> findPage(String userId, @Nullable String format, @Nullable String documentType,
                             @Nullable String template, int limit, int offset);

    @Query("UPDATE exports SET download_count = download_count + 1 WHERE id = :id AND user_id = :userId")
    int incrementDownloadCount(String id, String userId);

    @Query("SELECT COALESCE(SUM(file_size_bytes), 0) FROM exports WHERE user_id = :userId AND expires_at > :now")
    long sumLiveSizes(String userId, Instant now);

    @Query("INSERT INTO storage_locks (user_id) VALUES (:userId) ON CONFLICT DO NOTHING")
    void insertStorageLock(String userId);

    @Query("SELECT user_id FROM storage_locks WHERE user_id = :userId FOR UPDATE")
    Optional<String> lockStorage(String userId);

    @Query("SELECT * FROM exports WHERE expires_at <= :now ORDER BY expires_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<ExportRow> claimExpired(Instant now, int limit);

    @Query("DELETE FROM exports WHERE id = ANY(:ids)")
    int deleteClaimed(@TypeDef(type = DataType.STRING_ARRAY) String[] ids);

    @Query("SELECT DISTINCT file_path FROM exports WHERE file_path = ANY(:keys)")
    List<String> findReferencedKeys(@TypeDef(type = DataType.STRING_ARRAY) String[] keys);
}
