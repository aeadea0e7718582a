package com.jobwise.export.bootstrap;

import com.jobwise.export.adapters.persistence.ratelimit.LocalRateLimiter;
import com.jobwise.export.adapters.persistence.ratelimit.PostgresRateLimiter;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

/**
 * The rate limiter: budgets in PostgreSQL (shared by every instance) when the database is PostgreSQL,
 * in memory otherwise (the embedded H2 default runs one instance).
 */
@Factory
class RateLimiterFactory {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimiterFactory.class);

    @Singleton
    IRateLimiter rateLimiter(DataSource dataSource, RateLimitSettings settings,
                             @Value("${datasources.default.url}") String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresRateLimiter(dataSource, settings.limits());
        }
        LOG.info("Rate limits are kept in memory (one instance only): the database is not PostgreSQL");
        return new LocalRateLimiter(settings.limits());
    }
}
