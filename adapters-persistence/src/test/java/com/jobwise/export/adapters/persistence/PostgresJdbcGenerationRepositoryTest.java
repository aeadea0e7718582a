package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.content.IGenerationRepository;
import com.jobwise.export.domain.content.IGenerationRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link IGenerationRepository} contract on {@link JdbcGenerationRepository} over PostgreSQL (a fresh schema). */
class PostgresJdbcGenerationRepositoryTest extends IGenerationRepositoryContract {
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
    protected IGenerationRepository createRepository() {
        return db.generations();
    }
}
