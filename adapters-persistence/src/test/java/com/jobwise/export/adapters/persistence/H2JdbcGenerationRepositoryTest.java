package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.content.IGenerationRepository;
import com.jobwise.export.domain.content.IGenerationRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link IGenerationRepository} contract on {@link JdbcGenerationRepository} over in-memory H2 in PostgreSQL mode. */
class H2JdbcGenerationRepositoryTest extends IGenerationRepositoryContract {
    private static PersistenceTestContext db;

    @BeforeAll
    static void start() {
        db = PersistenceTestContext.h2();
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
