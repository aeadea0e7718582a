package com.jobwise.export.adapters.rest.http;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The CORS allow-list ({@code export.http.cors.*}): {@code allowed-origins}, the origins a browser may call
 * the API from, exact {@code scheme://host[:port]} values (a comma-separated string works, e.g. from the
 * environment variable {@code CORS_ALLOWED_ORIGINS}), default none: no cross-origin access; {@code max-age},
 * how long a browser may cache a preflight answer, default 10 minutes.
 */
@ConfigurationProperties("export.http.cors")
public class CorsSettings {
    private List<String> allowedOrigins = List.of();
    private Duration maxAge = Duration.ofMinutes(10);

    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }

    public void setAllowedOrigins(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins.stream()
                .flatMap(o -> List.of(o.split(",")).stream())
                .map(String::trim).filter(o -> !o.isEmpty()).map(CorsSettings::normalize).distinct().toList();
    }

    public Duration getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Duration maxAge) {
        this.maxAge = maxAge;
    }

    /** Whether {@code origin} (an {@code Origin} header value) is on the allow-list. */
    public boolean allows(String origin) {
        return origin != null && allowedOrigins.contains(normalize(origin));
    }

    /** Lower case, without a trailing slash: origins compare by scheme, host and port. */
    static String normalize(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
