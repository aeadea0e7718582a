package com.jobwise.export.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;

/**
 * Creates the pooled {@link javax.sql.DataSource} from {@code datasources.default.*} and, unless
 * {@code flyway.datasources.default.enabled} is {@code false}, migrates it before anyone can use it. Eager
 * ({@link Context}): a database that cannot be reached or migrated stops the application at startup.
 */
@Factory
@Requires(property = "datasources.default.url")
class DataSourceFactory {

    @Context
    @Bean(preDestroy = "close")
    HikariDataSource dataSource(DataSourceSettings settings,
                                @Value("${flyway.datasources.default.enabled:true}") boolean migrate) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("exports-db");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        if (settings.driverClassName() != null && !settings.driverClassName().isBlank()) {
            config.setDriverClassName(settings.driverClassName());
        }
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setConnectionTimeout(settings.connectionTimeout());
        HikariDataSource dataSource = new HikariDataSource(config);
        if (migrate) {
            try {
                FlywayMigrations.migrate(dataSource);
            } catch (RuntimeException e) {
                dataSource.close();
                throw e;
            }
        }
        return dataSource;
    }
}
