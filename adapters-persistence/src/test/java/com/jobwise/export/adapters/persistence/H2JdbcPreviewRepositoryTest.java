package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.IPreviewRepository;
import com.jobwise.export.domain.port.IPreviewRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link IPreviewRepository} contract on {@link JdbcPreviewRepository} over in-memory H2 in PostgreSQL mode. */
class H2JdbcPreviewRepositoryTest extends IPreviewRepositoryContract {
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
    protected IPreviewRepository createRepository() {
        return db.previews();
    }

    @Override
    protected void givenGeneration(String generationId, UserId owner) {
        db.givenGeneration(generationId, owner);
    }
}
