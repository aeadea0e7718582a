package com.jobwise.export.adapters.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/** The migrated schema ({@link MigrationSchemaContract}) on PostgreSQL and on H2 in PostgreSQL mode: same assertions on both. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationSchemaTest {
    private final BothDatabases databases = new BothDatabases();

    @AfterAll
    void close() {
        databases.close();
    }

    @Nested
    class PostgreSQL extends MigrationSchemaContract {
        @Override
        PersistenceTestContext db() {
            return databases.postgres();
        }
    }

    @Nested
    class H2 extends MigrationSchemaContract {
        @Override
        PersistenceTestContext db() {
            return databases.h2();
        }
    }
}
