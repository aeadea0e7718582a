package com.jobwise.export.adapters.rest.share;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import jakarta.inject.Singleton;

/**
 * Where share links point: {@code export.shares.public-base-url} (e.g. {@code https://cv.example.com}), or,
 * when unset, the scheme and host of the request that creates the link (Micronaut's {@link HttpHostResolver},
 * which honours {@code Forwarded}/{@code X-Forwarded-*} only as configured in {@code micronaut.server.host-resolution}).
 */
@Singleton
public class ShareSettings {
    private final String publicBaseUrl;
    private final HttpHostResolver hosts;

    ShareSettings(@Value("${export.shares.public-base-url:}") String publicBaseUrl, HttpHostResolver hosts) {
        String base = publicBaseUrl == null ? "" : publicBaseUrl.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (!base.isEmpty() && !base.startsWith("https://") && !base.startsWith("http://")) {
            throw new IllegalStateException("export.shares.public-base-url must be an http or https URL");
        }
        this.publicBaseUrl = base;
        this.hosts = hosts;
    }

    /** The public URL of the link with {@code token}. */
    public String urlOf(String token, HttpRequest<?> request) {
        String base = publicBaseUrl.isEmpty() ? hosts.resolve(request) : publicBaseUrl;
        return base + PublicShareController.PATH + "/" + token;
    }

    /** Whether the visitor uses https (the grant cookie is then {@code Secure}). */
    boolean isHttps(HttpRequest<?> request) {
        return request.isSecure() || (publicBaseUrl.isEmpty() ? hosts.resolve(request) : publicBaseUrl)
                .startsWith("https://");
    }
}
