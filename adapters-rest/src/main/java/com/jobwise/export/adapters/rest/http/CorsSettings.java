package com.jobwise.export.adapters.rest.http;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The CORS allow-list ({@code export.http.cors.*}): {@code allowed-origins}, the origins a browser may call
 * the API from, {@code scheme://host[:port]} values compared in canonical form (a comma-separated string works, e.g. from the
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
                .map(String::trim).filter(o -> !o.isEmpty()).map(CorsSettings::normalize)
                .flatMap(Optional::stream).distinct().toList();
    }

    public Duration getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Duration maxAge) {
        this.maxAge = maxAge;
    }

    /** Whether {@code origin} (an {@code Origin} header value) is on the allow-list, compared in canonical form. */
    public boolean allows(String origin) {
        return normalize(origin).filter(allowedOrigins::contains).isPresent();
    }

    /**
     * The canonical form ({@link Origins}): scheme and host lower case, IDN as ASCII, no default port, trailing dot
     * or slash; empty for what is not an origin (an allow-list entry with a path is ignored).
     */
    static Optional<String> normalize(String origin) {
        return Origins.canonical(origin);
    }
}
