package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.job.ExportJob;
import com.jobwise.export.domain.job.JobId;
import com.jobwise.export.domain.job.JobItem;
import com.jobwise.export.domain.job.JobStatus;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.account.Tier;
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
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The {@code export_jobs} table (migration V8); the items are {@link JobItemRows}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface JobRows extends GenericRepository<JobRows.Row, String> {

    /** A row of {@code export_jobs}: enums by wire name, JSON trees as text. */
    @MappedEntity("export_jobs")
    record Row(@Id String id, String userId, String tier, String format, @Nullable String template,
               @Nullable String options, boolean createZip, @Nullable String webhookUrl, @Nullable String filters,
               String status, @Nullable String resultExportId, @Nullable String error, Instant createdAt,
               @Nullable Instant startedAt, @Nullable Instant finishedAt, Instant expiresAt) {

        static Row of(ExportJob job) {
            return new Row(job.id().toString(), job.userId().value(), job.tier().name().toLowerCase(Locale.ROOT),
                    job.format().wireName(), job.template(), JsonText.write(job.options()), job.createZip(),
                    job.webhookUrl(), job.filters() == null ? null : JsonText.write(job.filters()),
                    job.status().wireName(), job.resultExportId() == null ? null : job.resultExportId().toString(),
                    job.error(), job.createdAt(), job.startedAt(), job.finishedAt(), job.expiresAt());
        }

        ExportJob toJob(List<JobItem> items) {
            return new ExportJob(new JobId(UUID.fromString(id)), new UserId(userId), Tier.fromClaim(tier),
                    ExportFormat.fromWireName(format).orElseThrow(
                            () -> new IllegalStateException("job " + id + " has an unknown format")),
                    template, JsonText.read(options, "export_jobs.options"), createZip, webhookUrl,
                    filters == null ? null : JsonText.read(filters, "export_jobs.filters"),
                    JobStatus.fromWireName(status).orElseThrow(
                            () -> new IllegalStateException("job " + id + " has an unknown status")),
                    items, resultExportId == null ? null : new ExportId(UUID.fromString(resultExportId)), error,
                    createdAt, startedAt, finishedAt, expiresAt);
        }
    }

    String UNFINISHED = "('queued', 'running')";

    Row save(Row row);

    Optional<Row> findById(String id);

    Optional<Row> findByIdAndUserId(String id, String userId);

    @Query("SELECT status FROM export_jobs WHERE id = :id")
    Optional<String> findStatus(String id);

    @Query("SELECT COUNT(*) FROM export_jobs WHERE user_id = :userId"
            + " AND (CAST(:status AS VARCHAR) IS NULL OR status = :status)")
    long countPage(String userId, @Nullable String status);

    @Query("SELECT * FROM export_jobs WHERE user_id = :userId AND (CAST(:status AS VARCHAR) IS NULL OR status = :status)"
            + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
    List<Row> findPage(String userId, @Nullable String status, int limit, int offset);

    @Query("UPDATE export_jobs SET status = 'running', started_at = :at WHERE id = :id AND status = 'queued'")
    int markRunning(String id, Instant at);

    @Query("UPDATE export_jobs SET status = :status, result_export_id = :resultExportId, error = :error,"
            + " finished_at = :at WHERE id = :id AND status IN " + UNFINISHED)
    int finish(String id, String status, @Nullable String resultExportId, @Nullable String error, Instant at);

    @Query("UPDATE export_jobs SET status = 'cancelled', finished_at = :at"
            + " WHERE id = :id AND user_id = :userId AND status IN " + UNFINISHED)
    int cancel(String id, String userId, Instant at);

    @Query("SELECT COUNT(*) FROM export_jobs WHERE status IN " + UNFINISHED)
    long countUnfinished();

    @Query("SELECT id FROM export_jobs WHERE expires_at <= :now AND status NOT IN " + UNFINISHED
            + " ORDER BY expires_at, id LIMIT :limit")
    List<String> findExpired(Instant now, int limit);

    @Query("DELETE FROM export_jobs WHERE id = ANY(:ids)")
    int deleteAll(@TypeDef(type = DataType.STRING_ARRAY) String[] ids);

    @Query("SELECT id FROM generations WHERE user_id = :userId"
            + " AND (CAST(:fromInclusive AS TIMESTAMP WITH TIME ZONE) IS NULL OR created_at >= :fromInclusive)"
            + " AND (CAST(:toExclusive AS TIMESTAMP WITH TIME ZONE) IS NULL OR created_at < :toExclusive)"
            + " AND (:anyType = TRUE OR document_type = ANY(:types))"
            + " ORDER BY created_at, id LIMIT :limit")
    List<String> findGenerationIds(String userId, @Nullable Instant fromInclusive, @Nullable Instant toExclusive,
                                   boolean anyType, @TypeDef(type = DataType.STRING_ARRAY) String[] types, int limit);
}
