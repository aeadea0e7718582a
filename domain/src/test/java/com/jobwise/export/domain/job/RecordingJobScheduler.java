package com.jobwise.export.domain.job;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@link IJobScheduler} that only records what was scheduled (like a queue no instance polls yet); a test runs
 * the jobs when it wants with {@link #runJobs} and {@link #runWebhooks}.
 */
public class RecordingJobScheduler implements IJobScheduler {
    private final Set<JobId> jobs = new LinkedHashSet<>();
    private final Set<JobId> webhooks = new LinkedHashSet<>();

    @Override
    public synchronized void enqueue(JobId id) {
        jobs.add(id);
    }

    @Override
    public synchronized void enqueueWebhook(JobId id) {
        webhooks.add(id);
    }

    /** Runs and forgets every job scheduled so far. */
    public void runJobs(Consumer<JobId> run) {
        drain(jobs).forEach(run);
    }

    /** Runs and forgets every webhook scheduled so far. */
    public void runWebhooks(Consumer<JobId> deliver) {
        drain(webhooks).forEach(deliver);
    }

    /** What is scheduled and not run yet. */
    public synchronized List<JobId> pendingJobs() {
        return List.copyOf(jobs);
    }

    /** Webhooks scheduled and not run yet. */
    public synchronized List<JobId> pendingWebhooks() {
        return List.copyOf(webhooks);
    }

    private synchronized List<JobId> drain(Set<JobId> set) {
        List<JobId> copy = new ArrayList<>(set);
        set.clear();
        return copy;
    }
}
