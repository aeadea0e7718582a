package com.jobwise.export.application.job;

import com.jobwise.export.domain.job.ExportJob;
import com.jobwise.export.domain.job.IExportJobRepository;
import com.jobwise.export.domain.job.IJobScheduler;
import com.jobwise.export.domain.job.IWebhookSecretRepository;
import com.jobwise.export.domain.job.JobId;
import com.jobwise.export.domain.job.JobItem;
import com.jobwise.export.domain.job.JobStatus;
import com.jobwise.export.domain.job.WebhookSignature;
import com.jobwise.export.domain.job.WebhookUrlPolicy;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.error.RateLimitedException;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.ratelimit.RateLimitDecision;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Queues an export job: validates everything a synchronous export would check up front (format, template,
 * options) plus the item count and the webhook URL ({@link WebhookUrlPolicy}), spends one unit of the format's
 * export rate limit per item (a job of 20 PDFs costs what 20 {@code POST /exports/pdf} cost), stores the job
 * ({@code queued}) and hands it to the scheduler. Storage quota is checked per item when it runs, exactly as for a
 * synchronous export.
 *
 * <p>Errors: {@code InvalidOptionException} (422: no items, over 100, unknown format, bad options or webhook
 * URL), {@code TemplateNotFoundException} (400), {@code RateLimitedException} (429; units spent before the
 * refusal stay spent), {@code StorageUnavailableException} (503).
 */
public final class CreateExportJob {
    private final IExportJobRepository jobs;
    private final IJobScheduler scheduler;
    private final IRateLimiter limiter;
    private final IWebhookSecretRepository secrets;
    private final WebhookUrlPolicy webhookPolicy;
    private final Set<ExportFormat> formats;
    private final Clock clock;
    private final Duration retention;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param formats   the formats the synchronous export path renders (one per renderer)
     * @param retention how long the job and its rows live (the exports' retention)
     */
    public CreateExportJob(IExportJobRepository jobs, IJobScheduler scheduler, IRateLimiter limiter,
                           IWebhookSecretRepository secrets, WebhookUrlPolicy webhookPolicy,
                           Collection<ExportFormat> formats, Clock clock, Duration retention) {
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.limiter = limiter;
        this.secrets = secrets;
        this.webhookPolicy = webhookPolicy;
        this.formats = formats.isEmpty() ? EnumSet.noneOf(ExportFormat.class) : EnumSet.copyOf(formats);
        this.clock = clock;
        this.retention = retention;
    }

    public CreatedJob execute(CreateExportJobCommand command) {
        return execute(command, null);
    }

    /** As {@link #execute(CreateExportJobCommand)}, recording the bulk filters that chose the items. */
    CreatedJob execute(CreateExportJobCommand command, Map<String, Object> filters) {
        List<String> ids = command.generationIds();
        if (ids.isEmpty() || ids.size() > ExportJob.MAX_ITEMS) {
            throw new InvalidOptionException("generation_ids",
                    "generation_ids must hold between 1 and " + ExportJob.MAX_ITEMS + " ids");
        }
        if (ids.stream().anyMatch(id -> id == null || id.isBlank() || id.length() > 255)) {
            throw new InvalidOptionException("generation_ids", "generation_ids must be non-empty strings");
        }
        ExportFormat format = format(command.format());
        Template template = TemplateCatalog.require(command.template());
        TemplateOptions.resolve(template, command.options() == null ? Map.of() : command.options(), format);
        String webhookUrl = command.webhookUrl();
        if (webhookUrl != null) {
            webhookPolicy.check(webhookUrl);
        }
        spendRateLimit(command, format, ids.size());
        String newSecret = webhookUrl != null && secrets.find(command.userId()).isEmpty() ? createSecret(command) : null;

        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<JobItem> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            items.add(JobItem.pending(i, ids.get(i)));
        }
        Map<String, Object> options = command.options() == null ? Map.of() : command.options();
        ExportJob job = new ExportJob(JobId.newId(), command.userId(), command.tier(), format, template.id(),
                options, command.createZip() == null || command.createZip(),
                webhookUrl, filters, JobStatus.QUEUED, items, null, null, now, null, null, now.plus(retention));
        jobs.save(job);
        try {
            scheduler.enqueue(job.id());
        } catch (RuntimeException e) {
            jobs.finish(job.id(), JobStatus.FAILED, null, "The job could not be queued", clock.instant());
            throw e;
        }
        return new CreatedJob(job, newSecret);
    }

    private ExportFormat format(String name) {
        String allowed = formats.stream().map(ExportFormat::wireName).sorted().collect(Collectors.joining(", "));
        if (name == null) {
            throw new InvalidOptionException("format", "format is required: " + allowed);
        }
        return ExportFormat.fromWireName(name).filter(formats::contains)
                .orElseThrow(() -> new InvalidOptionException("format", "format must be one of " + allowed));
    }

    /** The budget an item of {@code format} spends: PDF its own, every other format the DOCX one (like json-resume). */
    static RateLimitedOperation operationFor(ExportFormat format) {
        return format == ExportFormat.PDF ? RateLimitedOperation.PDF_EXPORT : RateLimitedOperation.DOCX_EXPORT;
    }

    private void spendRateLimit(CreateExportJobCommand command, ExportFormat format, int items) {
        RateLimitedOperation operation = operationFor(format);
        for (int i = 0; i < items; i++) {
            RateLimitDecision decision = limiter.tryConsume(command.userId(), operation);
            if (!decision.allowed()) {
                throw new RateLimitedException(operation.key().replace('_', ' ') + " (" + items
                        + " items requested, " + i + " left in the window)", decision.retryAfter());
            }
        }
    }

    private String createSecret(CreateExportJobCommand command) {
        String secret = WebhookSignature.newSecret(random);
        secrets.save(command.userId(), secret, clock.instant());
        return secret;
    }
}
