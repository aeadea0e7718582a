package com.jobwise.export.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Object storage settings under {@code export.s3.*}, fed by {@code S3_EXPORTS_BUCKET},
 * {@code S3_EXPORTS_REGION} and {@code S3_ENDPOINT}. With neither bucket nor endpoint set, an
 * embedded S3 server (S3Proxy) is started in-process with its files under {@code embedded-dir}.
 * {@code payload-signing} ({@code S3_PAYLOAD_SIGNING}: {@code auto} or {@code always}) is
 * {@code S3Settings.PayloadSigning}.
 */
@ConfigurationProperties("export.s3")
public class S3Configuration {
    private String bucket;
    private String region = "us-east-1";
    private String endpoint;
    private String embeddedDir = "./data/s3";
    private String payloadSigning = "auto";

    /** Whether no external S3 is configured, so the embedded server must run. */
    public boolean embedded() {
        return embedded(bucket, endpoint);
    }

    /** The rule itself: neither a bucket nor an endpoint is set. */
    static boolean embedded(String bucket, String endpoint) {
        return isBlank(bucket) && isBlank(endpoint);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getBucket() {
        return bucket;
    }

    public void setBucket(String bucket) {
        this.bucket = bucket;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getEmbeddedDir() {
        return embeddedDir;
    }

    public void setEmbeddedDir(String embeddedDir) {
        this.embeddedDir = embeddedDir;
    }

    public String getPayloadSigning() {
        return payloadSigning;
    }

    public void setPayloadSigning(String payloadSigning) {
        this.payloadSigning = payloadSigning;
    }
}
