package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.share.IShareRepository;
import com.jobwise.export.domain.share.IShareRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/** The {@link IShareRepository} contract on {@link JdbcShareRepository} (the foreign keys act for real) over PostgreSQL and over H2 in PostgreSQL mode: same assertions on both. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcShareRepositoryTest {
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
    abstract static class OnDatabase extends IShareRepositoryContract {
        /** The context over the freshly migrated database, shared by the tests of one nested class. */
        abstract PersistenceTestContext db();

        @Override
        protected IShareRepository createRepository() {
            return db().context().getBean(JdbcShareRepository.class);
        }

        @Override
        protected void givenExport(Export export) {
            db().givenGeneration(export.generationId(), export.userId());
            db().exports().save(export);
        }

        @Override
        protected void deleteExport(Export export) {
            db().exports().delete(export.id(), export.userId());
        }
    }
}
