package com.jobwise.export.bootstrap;

import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Per-user rate limits (spec: "Rate Limiting"), read once: {@code export.rate-limits.<operation>.capacity}
 * and {@code .window} for {@code pdf-export}, {@code docx-export}, {@code batch-export} and
 * {@code preview}; unset values keep the spec's 50/h, 50/h, 10/h and 100/h. The limiter and the
 * rate-limit headers read the same limits from here.
 */
@Singleton
final class RateLimitSettings {
    private final Map<RateLimitedOperation, RateLimit> limits = new EnumMap<>(RateLimitedOperation.class);

    RateLimitSettings(PropertyResolver properties) {
        for (RateLimitedOperation operation : RateLimitedOperation.values()) {
            String prefix = "export.rate-limits." + operation.key().replace('_', '-');
            RateLimit fallback = operation.defaultLimit();
            long capacity = properties.getProperty(prefix + ".capacity", Long.class).orElse(fallback.capacity());
            Duration window = properties.getProperty(prefix + ".window", Duration.class).orElse(fallback.window());
            limits.put(operation, new RateLimit(capacity, window));
        }
    }

    /** The configured limit of every operation. */
    Function<RateLimitedOperation, RateLimit> limits() {
        return limits::get;
    }
}
