package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.IExportRepository;
import com.jobwise.export.domain.export.IExportRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link IExportRepository} contract on {@link JdbcExportRepository} over PostgreSQL (a fresh schema). */
class PostgresJdbcExportRepositoryTest extends IExportRepositoryContract {
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
    protected IExportRepository createRepository() {
        return db.exports();
    }

    @Override
    protected void givenGeneration(GenerationId generationId, UserId owner) {
        db.givenGeneration(generationId, owner);
    }
}
