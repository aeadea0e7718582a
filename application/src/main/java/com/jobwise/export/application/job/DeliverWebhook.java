package com.jobwise.export.application.job;

import com.jobwise.export.domain.job.ExportJob;
import com.jobwise.export.domain.job.IExportJobRepository;
import com.jobwise.export.domain.job.IWebhookSecretRepository;
import com.jobwise.export.domain.job.IWebhookSender;
import com.jobwise.export.domain.job.JobId;
import com.jobwise.export.domain.job.WebhookSignature;
import com.jobwise.export.domain.job.WebhookUrlPolicy;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.common.JsonText;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POSTs a finished job's JSON ({@link JobDocument}) to its {@code webhook_url}, signed with
 * {@code X-Export-Signature: sha256=<hex HMAC-SHA256 of the body>} under the owner's secret, plus
 * {@code X-Export-Job-Id} and {@code X-Export-Event} ({@code job.completed} or {@code job.failed}). The URL is
 * checked again right now ({@link WebhookUrlPolicy}: a host may have been re-pointed at an internal address since
 * the job was created) and the sender connects only to the addresses this check resolved.
 *
 * <p>Outcome: {@link Outcome#DELIVERED} on a 2xx answer; {@link Outcome#DROPPED} when there is nothing to send or
 * the URL is now refused (retrying cannot help); otherwise throws {@link WebhookFailedException}, and the scheduler
 * retries with exponential backoff.
 */
public final class DeliverWebhook {
    private final IExportJobRepository jobs;
    private final IWebhookSecretRepository secrets;
    private final IWebhookSender sender;
    private final WebhookUrlPolicy policy;

    public DeliverWebhook(IExportJobRepository jobs, IWebhookSecretRepository secrets, IWebhookSender sender,
                          WebhookUrlPolicy policy) {
        this.jobs = jobs;
        this.secrets = secrets;
        this.sender = sender;
        this.policy = policy;
    }

    /** What happened to the delivery. */
    public enum Outcome { DELIVERED, DROPPED }

    /** A delivery that may succeed later (no answer, or a non-2xx status); the message is safe to log. */
    public static final class WebhookFailedException extends RuntimeException {
        public WebhookFailedException(String message) {
            super(message);
        }
    }

    public Outcome execute(JobId id) {
        ExportJob job = jobs.findById(id).orElse(null);
        if (job == null || job.webhookUrl() == null) {
            return Outcome.DROPPED;
        }
        if (!job.status().isFinished()) {
            throw new WebhookFailedException("job " + id + " has not finished yet");
        }
        WebhookUrlPolicy.Target target;
        try {
            target = policy.check(job.webhookUrl());
        } catch (InvalidOptionException refused) {
            return Outcome.DROPPED;
        }
        String secret = secrets.find(job.userId()).orElse(null);
        if (secret == null) {
            return Outcome.DROPPED;
        }
        byte[] body = JsonText.write(JobDocument.toMap(job)).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookSignature.HEADER, WebhookSignature.sign(secret, body));
        headers.put("X-Export-Job-Id", id.toString());
        headers.put("X-Export-Event", "job." + job.status().wireName());
        int status;
        try {
            status = sender.post(target.url(), target.addresses(), body, headers);
        } catch (RuntimeException e) {
            throw new WebhookFailedException("webhook of job " + id + " got no answer: " + e.getMessage());
        }
        if (status < 200 || status > 299) {
            throw new WebhookFailedException("webhook of job " + id + " answered " + status);
        }
        return Outcome.DELIVERED;
    }
}
