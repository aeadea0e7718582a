package com.jobwise.export.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Service settings under {@code export.*}.
 * {@code retention}: how long an export lives before cleanup (spec: 30 days);
 * {@code free-quota-bytes} / {@code pro-quota-bytes}: storage per tier (spec: 100 MB / 1 GB);
 * {@code preview-ttl}: preview lifetime (spec: 1 hour); {@code orphan-grace}: age before cleanup
 * deletes an object no row references.
 */
@ConfigurationProperties("export")
public class ExportSettings {
    private Duration retention = Duration.ofDays(30);
    private long freeQuotaBytes = 100L * 1024 * 1024;
    private long proQuotaBytes = 1024L * 1024 * 1024;
    private Duration previewTtl = Duration.ofHours(1);
    private Duration orphanGrace = Duration.ofHours(1);

    /** How long a preview lives (spec: one hour). */
    public Duration getPreviewTtl() {
        return previewTtl;
    }

    public void setPreviewTtl(Duration previewTtl) {
        this.previewTtl = previewTtl;
    }

    /** How old an object no row references must be before cleanup deletes it. */
    public Duration getOrphanGrace() {
        return orphanGrace;
    }

    public void setOrphanGrace(Duration orphanGrace) {
        this.orphanGrace = orphanGrace;
    }

    public Duration getRetention() {
        return retention;
    }

    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    public long getFreeQuotaBytes() {
        return freeQuotaBytes;
    }

    public void setFreeQuotaBytes(long freeQuotaBytes) {
        this.freeQuotaBytes = freeQuotaBytes;
    }

    public long getProQuotaBytes() {
        return proQuotaBytes;
    }

    public void setProQuotaBytes(long proQuotaBytes) {
        this.proQuotaBytes = proQuotaBytes;
    }
}
