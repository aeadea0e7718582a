package com.jobwise.export.adapters.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PreviewRows extends GenericRepository<PreviewRow, String> {

    PreviewRow save(PreviewRow row);

    Optional<PreviewRow> findByIdAndUserId(String id, String userId);

    @Query("SELECT * FROM previews WHERE expires_at <= :now ORDER BY expires_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<PreviewRow> claimExpired(Instant now, int limit);

    @Query("DELETE FROM previews WHERE id = ANY(:ids)")
    int deleteClaimed(@TypeDef(type = DataType.STRING_ARRAY) String[] ids);

    @Query("SELECT DISTINCT file_path FROM previews WHERE file_path = ANY(:keys)")
    List<String> findReferencedKeys(@TypeDef(type = DataType.STRING_ARRAY) String[] keys);
}
