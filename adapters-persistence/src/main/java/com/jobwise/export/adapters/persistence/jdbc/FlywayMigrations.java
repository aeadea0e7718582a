package com.jobwise.export.adapters.persistence.jdbc;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Applies {@code classpath:db/migration} (the same scripts on PostgreSQL and H2) to the connection's current
 * schema. Flyway's own lock on {@code flyway_schema_history} keeps several instances starting at once safe.
 * Internal to {@code adapters-persistence}.
 */
public final class FlywayMigrations {
    /** Where the migrations live on the classpath. */
    public static final String LOCATION = "classpath:db/migration";

    private FlywayMigrations() {
    }

    /** Migrates {@code dataSource} to the latest version; returns how many migrations ran. Throws Flyway's exception on failure. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure(FlywayMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
