package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.job.JobId;
import com.jobwise.export.domain.job.JobItem;
import com.jobwise.export.domain.job.JobItemStatus;
import com.jobwise.export.domain.export.ExportId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The {@code export_job_items} table (migration V8): one row per generation of a job, id {@code <job>/<index>}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface JobItemRows extends GenericRepository<JobItemRows.Row, String> {

    /** A row of {@code export_job_items}. */
    @MappedEntity("export_job_items")
    record Row(@Id String id, String jobId, int itemIndex, String generationId, String status,
               @Nullable String exportId, @Nullable String error) {

        static Row of(JobId job, JobItem item) {
            return new Row(key(job, item.index()), job.toString(), item.index(), item.generationId(),
                    item.status().wireName(), item.exportId() == null ? null : item.exportId().toString(),
                    item.error());
        }

        JobItem toItem() {
            return new JobItem(itemIndex, generationId, JobItemStatus.fromWireName(status),
                    exportId == null ? null : new ExportId(UUID.fromString(exportId)), error);
        }
    }

    /** The row id of item {@code index} of {@code job}. */
    static String key(JobId job, int index) {
        return job + "/" + index;
    }

    List<Row> saveAll(Iterable<Row> rows);

    @Query("SELECT * FROM export_job_items WHERE job_id = :jobId ORDER BY item_index")
    List<Row> findByJob(String jobId);

    @Query("SELECT * FROM export_job_items WHERE job_id = ANY(:jobIds) ORDER BY job_id, item_index")
    List<Row> findByJobs(@TypeDef(type = DataType.STRING_ARRAY) String[] jobIds);

    @Query("UPDATE export_job_items SET status = 'completed', export_id = :exportId, error = NULL"
            + " WHERE id = :id AND status IN ('pending', 'skipped')")
    int complete(String id, String exportId);

    @Query("UPDATE export_job_items SET status = 'failed', error = :error WHERE id = :id AND status = 'pending'")
    int fail(String id, String error);

    @Query("UPDATE export_job_items SET status = 'skipped' WHERE job_id = :jobId AND status = 'pending'")
    int skipPending(String jobId);
}
