package com.jobwise.export.bootstrap;

import com.jobwise.export.adapters.persistence.scheduler.DbSchedulerJobScheduler;
import com.jobwise.export.application.export.DownloadExport;
import com.jobwise.export.application.export.ExportBatch;
import com.jobwise.export.application.export.ExportDocument;
import com.jobwise.export.application.job.CancelExportJob;
import com.jobwise.export.application.job.CountActiveJobs;
import com.jobwise.export.application.job.CreateBulkExportJob;
import com.jobwise.export.application.job.CreateExportJob;
import com.jobwise.export.application.job.DeliverWebhook;
import com.jobwise.export.application.job.DownloadJobResult;
import com.jobwise.export.application.job.GetExportJob;
import com.jobwise.export.application.job.ListExportJobs;
import com.jobwise.export.application.job.PurgeExpiredJobs;
import com.jobwise.export.application.job.RotateWebhookSecret;
import com.jobwise.export.application.job.RunExportJob;
import com.jobwise.export.application.job.RunJobItem;
import com.jobwise.export.domain.job.IExportJobRepository;
import com.jobwise.export.domain.job.IGenerationSearch;
import com.jobwise.export.domain.job.IJobMetrics;
import com.jobwise.export.domain.job.IJobScheduler;
import com.jobwise.export.domain.job.IWebhookSecretRepository;
import com.jobwise.export.domain.job.IWebhookSender;
import com.jobwise.export.domain.job.WebhookUrlPolicy;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.export.IExportRepository;
import com.jobwise.export.domain.export.IObjectStore;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Wires export jobs (issue 12): the job use cases with {@code new}, the SSRF policy from
 * {@code export.webhooks.allowed-hosts}, and the db-scheduler adapter over the connection pool itself (not Micronaut
 * Data's contextual wrapper), whose tasks call the use cases. The scheduler starts polling once the context has
 * started (the DataSource, and so the Flyway migrations, exist before it is built) unless
 * {@code export.jobs.execute} is false, and stops with the context.
 */
@Factory
class JobFactory {
    private static final Logger LOG = LoggerFactory.getLogger(JobFactory.class);

    @Singleton
    WebhookUrlPolicy webhookUrlPolicy(WebhookSettings webhooks) {
        return WebhookUrlPolicy.withSystemResolver(webhooks.getAllowedHosts().stream().map(String::trim)
                .filter(h -> !h.isEmpty()).collect(java.util.stream.Collectors.toSet()));
    }

    @Singleton
    @Bean(preDestroy = "close")
    DbSchedulerJobScheduler jobScheduler(DataSource dataSource, JobSettings settings,
                                         WebhookSettings webhooks, BeanProvider<RunExportJob> runJob,
                                         BeanProvider<DeliverWebhook> deliver) {
        return new DbSchedulerJobScheduler(DelegatingDataSource.unwrapDataSource(dataSource),
                settings.scheduler(webhooks), new DbSchedulerJobScheduler.Handlers(
                id -> runJob.get().execute(id),
                id -> LOG.info("Webhook of export job {}: {}", id, deliver.get().execute(id)),
                id -> runJob.get().abandon(id)));
    }

    /** Starts executing jobs on this instance once the context is up. */
    @Singleton
    ApplicationEventListener<StartupEvent> jobSchedulerStarter(BeanProvider<DbSchedulerJobScheduler> scheduler,
                                                               JobSettings settings) {
        return event -> {
            if (settings.isExecute()) {
                scheduler.get().start();
            }
        };
    }

    @Singleton
    CreateExportJob createExportJob(IExportJobRepository jobs, IJobScheduler scheduler, IRateLimiter limiter,
                                    IWebhookSecretRepository secrets, WebhookUrlPolicy policy,
                                    List<IDocumentRenderer> renderers, Clock clock, ExportSettings settings) {
        List<ExportFormat> formats = renderers.stream().map(IDocumentRenderer::format).toList();
        return new CreateExportJob(jobs, scheduler, limiter, secrets, policy, formats, clock, settings.getRetention());
    }

    @Singleton
    CreateBulkExportJob createBulkExportJob(IGenerationSearch search, CreateExportJob createExportJob) {
        return new CreateBulkExportJob(search, createExportJob);
    }

    @Singleton
    GetExportJob getExportJob(IExportJobRepository jobs) {
        return new GetExportJob(jobs);
    }

    @Singleton
    ListExportJobs listExportJobs(IExportJobRepository jobs) {
        return new ListExportJobs(jobs);
    }

    @Singleton
    DownloadJobResult downloadJobResult(GetExportJob getExportJob, DownloadExport downloadExport) {
        return new DownloadJobResult(getExportJob, downloadExport);
    }

    @Singleton
    CancelExportJob cancelExportJob(IExportJobRepository jobs, Clock clock) {
        return new CancelExportJob(jobs, clock);
    }

    @Singleton
    RunExportJob runExportJob(IExportJobRepository jobs, ExportDocument exportDocument, ExportBatch exportBatch,
                              IExportRepository exports, IObjectStore objectStore, IJobScheduler scheduler,
                              Optional<IJobMetrics> metrics, Clock clock) {
        return new RunExportJob(jobs, new RunJobItem(exportDocument, exports, jobs), exportBatch, exports, objectStore,
                scheduler, metrics.orElse(IJobMetrics.NONE), clock);
    }

    @Singleton
    DeliverWebhook deliverWebhook(IExportJobRepository jobs, IWebhookSecretRepository secrets, IWebhookSender sender,
                                  WebhookUrlPolicy policy) {
        return new DeliverWebhook(jobs, secrets, sender, policy);
    }

    @Singleton
    RotateWebhookSecret rotateWebhookSecret(IWebhookSecretRepository secrets, Clock clock) {
        return new RotateWebhookSecret(secrets, new SecureRandom(), clock);
    }

    @Singleton
    PurgeExpiredJobs purgeExpiredJobs(IExportJobRepository jobs, Clock clock) {
        return new PurgeExpiredJobs(jobs, clock);
    }

    @Singleton
    CountActiveJobs countActiveJobs(IExportJobRepository jobs) {
        return new CountActiveJobs(jobs);
    }
}
