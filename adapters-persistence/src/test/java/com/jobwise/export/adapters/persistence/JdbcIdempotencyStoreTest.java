package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.idempotency.IIdempotencyStore;
import com.jobwise.export.domain.idempotency.IIdempotencyStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/** The {@link IIdempotencyStore} contract on {@link JdbcIdempotencyStore} over PostgreSQL and over H2 in PostgreSQL mode: same assertions on both. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcIdempotencyStoreTest {
    private final BothDatabases databases = new BothDatabases();

    @AfterAll
    void close() {
        databases.close();
    }

    @Nested
    class PostgreSQL extends OnDatabase {
        @Override
        PersistenceTestContext db() {
            return databases.postgres();
        }
    }

    @Nested
    class H2 extends OnDatabase {
        @Override
        PersistenceTestContext db() {
            return databases.h2();
        }
    }

    /** The contract wired to one database. */
    abstract static class OnDatabase extends IIdempotencyStoreContract {
        /** The context over the freshly migrated database, shared by the tests of one nested class. */
        abstract PersistenceTestContext db();

        @Override
        protected IIdempotencyStore createStore() {
            return db().context().getBean(JdbcIdempotencyStore.class);
        }
    }
}
