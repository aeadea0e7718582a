package com.jobwise.export.adapters.rest.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.convert.format.ReadableBytes;


/**
 * HTTP hygiene settings ({@code export.http.*}): {@code max-json-body-size}, the largest JSON request body
 * accepted, default {@code 1MB} (1,048,576 bytes); larger bodies answer 413. CORS: {@link CorsSettings}.
 */
@ConfigurationProperties("export.http")
public class HttpSettings {
    /** 1 MB. */
    public static final long DEFAULT_MAX_JSON_BODY_BYTES = 1024 * 1024;

    private long maxJsonBodySize = DEFAULT_MAX_JSON_BODY_BYTES;

    public long getMaxJsonBodySize() {
        return maxJsonBodySize;
    }

    public void setMaxJsonBodySize(@ReadableBytes long maxJsonBodySize) {
        if (maxJsonBodySize <= 0) {
            throw new IllegalArgumentException("export.http.max-json-body-size must be positive");
        }
        this.maxJsonBodySize = maxJsonBodySize;
    }
}
