package com.jobwise.export.bootstrap;

import com.jobwise.export.adapters.persistence.scheduler.DbSchedulerJobScheduler;
import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Export job settings under {@code export.jobs.*} and {@code export.webhooks.*} (README "Export jobs").
 * {@code threads}: jobs one instance runs at once (default 2); {@code polling-interval}: how often an instance
 * looks for due jobs (2 s; a job created on an instance starts there at once); {@code heartbeat-interval} (5 s)
 * and {@code missed-heartbeats} (4, db-scheduler's minimum): a job whose instance died runs again elsewhere after
 * about 20 s;
 * {@code execute}: whether this instance runs jobs at all (default true; false only queues them).
 */
@ConfigurationProperties("export.jobs")
public class JobSettings {
    private String schedulerName;
    private int threads = 2;
    private Duration pollingInterval = Duration.ofSeconds(2);
    private Duration heartbeatInterval = Duration.ofSeconds(5);
    private int missedHeartbeats = 4;
    private Duration shutdownMaxWait = Duration.ofSeconds(10);
    private Duration retryDelay = Duration.ofSeconds(10);
    private int maxRetries = 5;
    private boolean execute = true;

    DbSchedulerJobScheduler.Settings scheduler(WebhookSettings webhooks) {
        return new DbSchedulerJobScheduler.Settings(getSchedulerName(), threads, pollingInterval, heartbeatInterval, missedHeartbeats,
                shutdownMaxWait, retryDelay, maxRetries, webhooks.getRetryDelay(), webhooks.getMaxRetries());
    }

    /** This instance's name in {@code scheduled_tasks.picked_by}; default host name and process id. */
    public String getSchedulerName() {
        if (schedulerName == null || schedulerName.isBlank()) {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "export";
            }
            return host + "#" + ProcessHandle.current().pid();
        }
        return schedulerName;
    }

    public void setSchedulerName(String schedulerName) {
        this.schedulerName = schedulerName;
    }

    public int getThreads() {
        return threads;
    }

    public void setThreads(int threads) {
        this.threads = threads;
    }

    public Duration getPollingInterval() {
        return pollingInterval;
    }

    public void setPollingInterval(Duration pollingInterval) {
        this.pollingInterval = pollingInterval;
    }

    public Duration getHeartbeatInterval() {
        return heartbeatInterval;
    }

    public void setHeartbeatInterval(Duration heartbeatInterval) {
        this.heartbeatInterval = heartbeatInterval;
    }

    public int getMissedHeartbeats() {
        return missedHeartbeats;
    }

    public void setMissedHeartbeats(int missedHeartbeats) {
        this.missedHeartbeats = missedHeartbeats;
    }

    public Duration getShutdownMaxWait() {
        return shutdownMaxWait;
    }

    public void setShutdownMaxWait(Duration shutdownMaxWait) {
        this.shutdownMaxWait = shutdownMaxWait;
    }

    /** First delay before a failed run (e.g. storage down) is retried; doubles each time. */
    public Duration getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(Duration retryDelay) {
        this.retryDelay = retryDelay;
    }

    /** Failed runs before the job is marked failed. */
    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public boolean isExecute() {
        return execute;
    }

    public void setExecute(boolean execute) {
        this.execute = execute;
    }
}
