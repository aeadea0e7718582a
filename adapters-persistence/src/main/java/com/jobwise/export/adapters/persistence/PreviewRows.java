package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.preview.Preview;
import com.jobwise.export.domain.account.UserId;
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

/** The {@code previews} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PreviewRows extends GenericRepository<PreviewRows.Row, String> {

    /** A row of {@code previews}; {@code file_path} is the object key. */
    @MappedEntity("previews")
    record Row(@Id String id, String userId, String generationId, String template, String filePath,
               long fileSizeBytes, Instant expiresAt, Instant createdAt) {

        static Row of(Preview preview) {
            return new Row(preview.id().toString(), preview.userId().value(), preview.generationId().value(),
                    preview.template(), preview.objectKey(), preview.fileSizeBytes(), preview.expiresAt(),
                    preview.createdAt());
        }

        Preview toPreview() {
            return new Preview(new ExportId(UUID.fromString(id)), new UserId(userId), new GenerationId(generationId), template, filePath,
                    fileSizeBytes, expiresAt, createdAt);
        }
    }

    Row save(Row row);

    Optional<Row> findByIdAndUserId(String id, String userId);

    @Query("SELECT * FROM previews WHERE expires_at <= :now ORDER BY expires_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<Row> claimExpired(Instant now, int limit);

    @Query("DELETE FROM previews WHERE id = ANY(:ids)")
    int deleteClaimed(@TypeDef(type = DataType.STRING_ARRAY) String[] ids);

    @Query("SELECT DISTINCT file_path FROM previews WHERE file_path = ANY(:keys)")
    List<String> findReferencedKeys(@TypeDef(type = DataType.STRING_ARRAY) String[] keys);
}
