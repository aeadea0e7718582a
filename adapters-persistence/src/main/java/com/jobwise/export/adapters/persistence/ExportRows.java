package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.account.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code exports}, plus the {@code storage_locks} row that serialises a user's quota-checked saves. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ExportRows extends GenericRepository<ExportRows.Row, String> {

    /**
     * A row of {@code exports}: enums by their spec wire names ({@code 'resume'}, {@code 'pdf'}), the object key
     * in {@code file_path}, JSON trees as text, instants as {@code TIMESTAMP WITH TIME ZONE}.
     */
    @MappedEntity("exports")
    record Row(@Id String id, String userId, String generationId, String documentType, String format,
               String template, String filename, String filePath, long fileSizeBytes, @Nullable Integer pageCount,
               @Nullable String options, @Nullable String metadata, int downloadCount, Instant expiresAt,
               Instant createdAt) {

        static Row of(Export export) {
            return new Row(export.id().toString(), export.userId().value(), export.generationId().value(),
                    export.documentType().wireName(), export.format().wireName(), export.template(), export.filename(),
                    export.objectKey(), export.fileSizeBytes(), export.pageCount(), JsonText.write(export.options()),
                    JsonText.write(export.metadata()), export.downloadCount(), export.expiresAt(), export.createdAt());
        }

        Export toExport() {
            return new Export(new ExportId(UUID.fromString(id)), new UserId(userId), new GenerationId(generationId),
                    DocumentType.fromWireName(documentType).orElseThrow(
                            () -> new IllegalStateException("export " + id + " has an unknown document_type")),
                    ExportFormat.fromWireName(format).orElseThrow(
                            () -> new IllegalStateException("export " + id + " has an unknown format")),
                    template, filename, filePath, fileSizeBytes, pageCount,
                    JsonText.read(options, "exports.options"), JsonText.read(metadata, "exports.metadata"),
                    downloadCount, expiresAt, createdAt);
        }
    }
    String FILTERS = " WHERE user_id = :userId AND (CAST(:format AS VARCHAR) IS NULL OR format = :format)"
            + " AND (CAST(:documentType AS VARCHAR) IS NULL OR document_type = :documentType)"
            + " AND (CAST(:template AS VARCHAR) IS NULL OR template = :template)";

    Row save(Row row);

    Optional<Row> findByIdAndUserId(String id, String userId);

    int deleteByIdAndUserId(String id, String userId);

    @Query("SELECT COUNT(*) FROM exports" + FILTERS)
    long countPage(String userId, @Nullable String format, @Nullable String documentType, @Nullable String template);

    @Query("SELECT * FROM exports" + FILTERS + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
    List<Row> findPage(String userId, @Nullable String format, @Nullable String documentType,
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
    List<Row> claimExpired(Instant now, int limit);

    @Query("DELETE FROM exports WHERE id = ANY(:ids)")
    int deleteClaimed(@TypeDef(type = DataType.STRING_ARRAY) String[] ids);

    @Query("SELECT DISTINCT file_path FROM exports WHERE file_path = ANY(:keys)")
    List<String> findReferencedKeys(@TypeDef(type = DataType.STRING_ARRAY) String[] keys);
}
