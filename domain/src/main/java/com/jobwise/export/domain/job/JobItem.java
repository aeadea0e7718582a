package com.jobwise.export.domain.job;

import com.jobwise.export.domain.export.ExportId;

import java.util.Objects;

/**
 * One generation of a job, in request order ({@code index} from 0).
 *
 * @param exportId the export it produced; {@code null} unless {@code completed}
 * @param error    why it failed; {@code null} unless {@code failed}
 */
public record JobItem(int index, String generationId, JobItemStatus status, ExportId exportId, String error) {
    public JobItem {
        Objects.requireNonNull(generationId, "generationId");
        Objects.requireNonNull(status, "status");
    }

    /** A new item, not started. */
    public static JobItem pending(int index, String generationId) {
        return new JobItem(index, generationId, JobItemStatus.PENDING, null, null);
    }
}
