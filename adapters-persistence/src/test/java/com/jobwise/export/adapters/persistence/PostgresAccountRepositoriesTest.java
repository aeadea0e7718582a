package com.jobwise.export.adapters.persistence;

/** The account port contracts over PostgreSQL (a fresh schema). */
class PostgresAccountRepositoriesTest extends AccountRepositoriesContracts {
    @Override
    PersistenceTestContext createDatabase() {
        return PersistenceTestContext.postgres();
    }
}
