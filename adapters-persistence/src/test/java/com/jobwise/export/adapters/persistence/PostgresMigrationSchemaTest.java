package com.jobwise.export.adapters.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The migrated schema on PostgreSQL. */
class PostgresMigrationSchemaTest extends MigrationSchemaContract {
    private static PersistenceTestContext db;

    @BeforeAll
    static void start() {
        db = PersistenceTestContext.postgres();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Override
    PersistenceTestContext db() {
        return db;
    }
}
