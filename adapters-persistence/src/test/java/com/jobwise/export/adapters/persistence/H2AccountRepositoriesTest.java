package com.jobwise.export.adapters.persistence;

/** The account port contracts over in-memory H2 in PostgreSQL mode. */
class H2AccountRepositoriesTest extends AccountRepositoriesContracts {
    @Override
    PersistenceTestContext createDatabase() {
        return PersistenceTestContext.h2();
    }
}
