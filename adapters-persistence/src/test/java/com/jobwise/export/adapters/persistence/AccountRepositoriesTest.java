package com.jobwise.export.adapters.persistence;

import org.junit.jupiter.api.Nested;

/** The account port contracts ({@link AccountRepositoriesContracts}) on PostgreSQL and on H2 in PostgreSQL mode. */
class AccountRepositoriesTest {
    @Nested
    class PostgreSQL extends AccountRepositoriesContracts {
        @Override
        PersistenceTestContext createDatabase() {
            return PersistenceTestContext.postgres();
        }
    }

    @Nested
    class H2 extends AccountRepositoriesContracts {
        @Override
        PersistenceTestContext createDatabase() {
            return PersistenceTestContext.h2();
        }
    }
}
