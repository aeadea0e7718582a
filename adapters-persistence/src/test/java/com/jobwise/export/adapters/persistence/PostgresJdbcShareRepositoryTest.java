package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.share.IShareRepository;
import com.jobwise.export.domain.share.IShareRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link IShareRepository} contract on {@link JdbcShareRepository} over PostgreSQL (a fresh schema): the foreign keys act for real. */
class PostgresJdbcShareRepositoryTest extends IShareRepositoryContract {
    private static PersistenceTestContext db;

    @BeforeAll
    static void start() {
        db = PersistenceTestContext.postgres();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Override
    protected IShareRepository createRepository() {
        return db.context().getBean(JdbcShareRepository.class);
    }

    @Override
    protected void givenExport(Export export) {
        db.givenGeneration(export.generationId(), export.userId());
        db.exports().save(export);
    }

    @Override
    protected void deleteExport(Export export) {
        db.exports().delete(export.id(), export.userId());
    }
}
