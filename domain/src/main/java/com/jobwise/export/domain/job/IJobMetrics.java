package com.jobwise.export.domain.job;

import java.time.Duration;

/** Records what the job worker did, for monitoring (Prometheus in production). */
public interface IJobMetrics {

    /**
     * A job finished on this instance.
     *
     * @param duration from creation (queued) to finish
     * @param items    the job's item count
     */
    void jobFinished(JobStatus status, Duration duration, int items);

    /** Does nothing (tests, or no metrics backend). */
    IJobMetrics NONE = (status, duration, items) -> { };
}
