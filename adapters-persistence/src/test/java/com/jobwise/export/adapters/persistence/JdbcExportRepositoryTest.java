package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.content.GenerationId;
import com.jobwise.export.domain.export.IExportRepository;
import com.jobwise.export.domain.export.IExportRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/** The {@link IExportRepository} contract on {@link JdbcExportRepository} over PostgreSQL and over H2 in PostgreSQL mode: same assertions on both. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcExportRepositoryTest {
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
    abstract static class OnDatabase extends IExportRepositoryContract {
        /** The context over the freshly migrated database, shared by the tests of one nested class. */
        abstract PersistenceTestContext db();

        @Override
        protected IExportRepository createRepository() {
            return db().exports();
        }

        @Override
        protected void givenGeneration(GenerationId generationId, UserId owner) {
            db().givenGeneration(generationId, owner);
        }
    }
}
