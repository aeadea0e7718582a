package com.jobwise.export.adapters.persistence.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.jobwise.export.domain.job.IJobScheduler;
import com.jobwise.export.domain.job.JobId;
import com.jobwise.export.domain.error.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@link IJobScheduler} on db-scheduler 16 over the service's own database (table {@code scheduled_tasks},
 * migration V8). Two one-time tasks, each instance id a job id:
 * <ul>
 *   <li>{@code export-job}: runs the job; a failure (e.g. storage down) is retried with exponential backoff from
 *       {@link Settings#jobRetryDelay()} up to {@link Settings#jobMaxRetries()} times, then handed to
 *       {@link Handlers#jobGaveUp()} and removed;</li>
 *   <li>{@code export-webhook}: delivers the webhook; retried with exponential backoff (factor 2) from
 *       {@link Settings#webhookRetryDelay()} up to {@link Settings#webhookMaxRetries()} times, then dropped.</li>
 * </ul>
 * Every instance polls the table and runs due tasks on {@link Settings#threads()} threads; while a task runs its
 * instance refreshes the row's heartbeat every {@link Settings#heartbeatInterval()}. When an instance dies, its
 * rows' heartbeats lapse and after {@link Settings#missedHeartbeats()} intervals any other instance runs them again
 * (db-scheduler's dead-execution revival). Scheduling an id that is already scheduled does nothing.
 *
 * <p>Give it the connection pool itself, not Micronaut Data's contextual {@code DataSource} wrapper: db-scheduler
 * opens and commits its own connections.
 */
public final class DbSchedulerJobScheduler implements IJobScheduler, AutoCloseable {
    static final String JOB_TASK = "export-job";
    static final String WEBHOOK_TASK = "export-webhook";
    private static final Logger LOG = LoggerFactory.getLogger(DbSchedulerJobScheduler.class);

    /**
     * The scheduler's settings ({@code export.jobs.*}).
     *
     * @param name              this instance's name in {@code scheduled_tasks.picked_by} (unique per instance)
     * @param threads           jobs one instance runs at once
     * @param pollingInterval   how often an instance looks for due tasks
     * @param heartbeatInterval how often a running task's heartbeat is refreshed
     * @param missedHeartbeats  heartbeats missed before a task counts as dead and runs elsewhere
     * @param shutdownMaxWait   how long a stopping instance waits for its running tasks
     */
    public record Settings(String name, int threads, Duration pollingInterval, Duration heartbeatInterval, int missedHeartbeats,
                           Duration shutdownMaxWait, Duration jobRetryDelay, int jobMaxRetries,
                           Duration webhookRetryDelay, int webhookMaxRetries) {
    }

    /**
     * What the tasks do (the application's use cases, given by the bootstrap).
     *
     * @param jobGaveUp called once when a job's run failed {@code jobMaxRetries} times
     */
    public record Handlers(Consumer<JobId> runJob, Consumer<JobId> deliverWebhook, Consumer<JobId> jobGaveUp) {
    }

    private final Scheduler scheduler;
    private final OneTimeTask<Void> jobTask;
    private final OneTimeTask<Void> webhookTask;

    /** Builds the scheduler; call {@link #start()} once the database is migrated. */
    public DbSchedulerJobScheduler(DataSource pool, Settings settings, Handlers handlers) {
        this.jobTask = Tasks.oneTime(JOB_TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(settings.jobMaxRetries(),
                        new FailureHandler.ExponentialBackoffFailureHandler<>(settings.jobRetryDelay(), 2.0),
                        (complete, operations) -> {
                            JobId id = idOf(complete.getExecution().taskInstance);
                            LOG.warn("Export job {} failed {} times; giving up", id, settings.jobMaxRetries());
                            handlers.jobGaveUp().accept(id);
                        }))
                .execute((instance, context) -> handlers.runJob().accept(idOf(instance)));
        this.webhookTask = Tasks.oneTime(WEBHOOK_TASK)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(settings.webhookMaxRetries(),
                        new FailureHandler.ExponentialBackoffFailureHandler<>(settings.webhookRetryDelay(), 2.0),
                        (complete, operations) -> {
                            LOG.warn("Webhook of export job {} failed {} times; dropped",
                                    idOf(complete.getExecution().taskInstance), settings.webhookMaxRetries());
                        }))
                .execute((instance, context) -> handlers.deliverWebhook().accept(idOf(instance)));
        this.scheduler = Scheduler.create(pool, List.of(jobTask, webhookTask))
                .schedulerName(new SchedulerName.Fixed(settings.name()))
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .shutdownMaxWait(settings.shutdownMaxWait())
                .enableImmediateExecution()
                .build();
    }

    private static JobId idOf(TaskInstance<?> instance) {
        return new JobId(UUID.fromString(instance.getId()));
    }

    /** Starts polling and executing on this instance. */
    public void start() {
        scheduler.start();
    }

    @Override
    public void enqueue(JobId id) {
        schedule(jobTask.instance(id.toString()));
    }

    @Override
    public void enqueueWebhook(JobId id) {
        schedule(webhookTask.instance(id.toString()));
    }

    private void schedule(TaskInstance<Void> instance) {
        try {
            scheduler.scheduleIfNotExists(instance, Instant.now());
        } catch (RuntimeException e) {
            throw new StorageUnavailableException("the job queue cannot be reached", e);
        }
    }

    /** Stops polling and waits up to {@code shutdownMaxWait} for running tasks; unfinished ones run elsewhere later. */
    @Override
    public void close() {
        scheduler.stop();
    }
}
