package com.jobwise.export.application.job;

import com.jobwise.export.domain.job.IExportJobRepository;

/** Jobs queued or running across every instance: the queue-depth gauge. */
public final class CountActiveJobs {
    private final IExportJobRepository jobs;

    public CountActiveJobs(IExportJobRepository jobs) {
        this.jobs = jobs;
    }

    public long execute() {
        return jobs.countUnfinished();
    }
}
