package com.jobwise.export.application.job;

import com.jobwise.export.domain.job.ExportJob;

/**
 * A queued job; {@code newWebhookSecret} is the user's webhook signing secret when this job created it (shown
 * once), else {@code null}.
 */
public record CreatedJob(ExportJob job, String newWebhookSecret) {
}
