package com.jobwise.export.adapters.persistence;

/**
 * The two databases a contract runs on, each opened on first use and shared by the tests of one outer
 * test class: PostgreSQL (a fresh schema) and in-memory H2 in PostgreSQL mode. The outer class closes it
 * in its {@code @AfterAll}; its {@code @Nested PostgreSQL} and {@code @Nested H2} classes ask for their one.
 */
final class BothDatabases implements AutoCloseable {
    private PersistenceTestContext postgres;
    private PersistenceTestContext h2;

    /** PostgreSQL at {@code TEST_POSTGRES_URL} (default 127.0.0.1:5432/test), migrated, in a fresh schema. */
    synchronized PersistenceTestContext postgres() {
        if (postgres == null) {
            postgres = PersistenceTestContext.postgres();
        }
        return postgres;
    }

    /** In-memory H2 in PostgreSQL mode, migrated. */
    synchronized PersistenceTestContext h2() {
        if (h2 == null) {
            h2 = PersistenceTestContext.h2();
        }
        return h2;
    }

    @Override
    public synchronized void close() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } finally {
            if (h2 != null) {
                h2.close();
            }
        }
    }
}
