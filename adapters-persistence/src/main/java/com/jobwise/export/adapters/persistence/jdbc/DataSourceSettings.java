package com.jobwise.export.adapters.persistence.jdbc;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The {@code datasources.default.*} properties, named as micronaut-jdbc-hikari names them so the
 * configuration stays valid if that module replaces {@link DataSourceFactory} later.
 *
 * @param url                 JDBC URL, e.g. {@code jdbc:postgresql://db:5432/jobwise} or
 *                            {@code jdbc:h2:file:./data/exports;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}
 * @param username            database user, optional
 * @param password            database password, optional
 * @param driverClassName     JDBC driver class, optional (derived from the URL when absent)
 * @param maximumPoolSize     most pooled connections, default 10
 * @param connectionTimeout   milliseconds a caller waits for a pooled connection before the call fails with
 *                            {@code StorageUnavailableException}, default 5000
 */
@ConfigurationProperties("datasources.default")
record DataSourceSettings(
        String url,
        @Nullable String username,
        @Nullable String password,
        @Nullable String driverClassName,
        @Bindable(defaultValue = "10") int maximumPoolSize,
        @Bindable(defaultValue = "5000") long connectionTimeout) {
}
