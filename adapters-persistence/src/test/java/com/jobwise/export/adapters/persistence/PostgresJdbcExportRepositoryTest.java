package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.IExportRepository;
import com.jobwise.export.domain.port.IExportRepositoryContract;
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
    protected void givenGeneration(String generationId, UserId owner) {
        db.givenGeneration(generationId, owner);
    }
}
