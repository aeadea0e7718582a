package com.jobwise.export.adapters.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The migrated schema on H2 in PostgreSQL mode. */
class H2MigrationSchemaTest extends MigrationSchemaContract {
    private static PersistenceTestContext db;

    @BeforeAll
    static void start() {
        db = PersistenceTestContext.h2();
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
