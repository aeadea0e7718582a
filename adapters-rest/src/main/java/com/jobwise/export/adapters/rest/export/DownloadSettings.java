package com.jobwise.export.adapters.rest.export;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * How downloads are served ({@code export.download.*}): {@code mode} {@code stream} (default; the
 * service streams the bytes) or {@code redirect} (302 to a pre-signed S3 URL valid
 * {@code presign-validity}, default 5 minutes, at most 15).
 */
@ConfigurationProperties("export.download")
public class DownloadSettings {
    private String mode = "stream";
    private Duration presignValidity = Duration.ofMinutes(5);

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public Duration getPresignValidity() {
        return presignValidity;
    }

    public void setPresignValidity(Duration presignValidity) {
        this.presignValidity = presignValidity;
    }

    /** Whether downloads redirect to a pre-signed URL. */
    public boolean redirect() {
        return "redirect".equalsIgnoreCase(mode);
    }
}
