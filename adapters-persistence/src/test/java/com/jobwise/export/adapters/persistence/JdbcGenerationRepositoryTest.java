package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.content.IGenerationRepository;
import com.jobwise.export.domain.content.IGenerationRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/** The {@link IGenerationRepository} contract on {@link JdbcGenerationRepository} over PostgreSQL and over H2 in PostgreSQL mode: same assertions on both. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcGenerationRepositoryTest {
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
    abstract static class OnDatabase extends IGenerationRepositoryContract {
        /** The context over the freshly migrated database, shared by the tests of one nested class. */
        abstract PersistenceTestContext db();

        @Override
        protected IGenerationRepository createRepository() {
            return db().generations();
        }
    }
}
