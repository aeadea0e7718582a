package com.jobwise.export.bootstrap;

import com.jobwise.export.adapters.persistence.ratelimit.LocalRateLimiter;
import com.jobwise.export.adapters.persistence.ratelimit.PostgresRateLimiter;
import com.jobwise.export.domain.port.IRateLimiter;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
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
    IRateLimiter rateLimiter(DataSource dataSource, Environment environment,
                             @Value("${datasources.default.url}") String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresRateLimiter(dataSource, RateLimitSettings.limits(environment));
        }
        LOG.info("Rate limits are kept in memory (one instance only): the database is not PostgreSQL");
        return new LocalRateLimiter(RateLimitSettings.limits(environment));
    }
}
