package com.jobwise.export.domain.job;

/**
 * Runs work later on some instance of the service, durably: what is scheduled survives a restart, runs once
 * at a time, and runs again on another instance when the one running it dies (its heartbeat lapses).
 */
public interface IJobScheduler {

    /** Runs the job soon on any instance. Scheduling a job twice runs it once. */
    void enqueue(JobId id);

    /** Delivers the job's webhook soon on any instance, retried with exponential backoff while it fails. */
    void enqueueWebhook(JobId id);
}
