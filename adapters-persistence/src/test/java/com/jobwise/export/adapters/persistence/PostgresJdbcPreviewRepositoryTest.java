package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.preview.IPreviewRepository;
import com.jobwise.export.domain.preview.IPreviewRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link IPreviewRepository} contract on {@link JdbcPreviewRepository} over PostgreSQL (a fresh schema). */
class PostgresJdbcPreviewRepositoryTest extends IPreviewRepositoryContract {
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
    protected IPreviewRepository createRepository() {
        return db.previews();
    }

    @Override
    protected void givenGeneration(GenerationId generationId, UserId owner) {
        db.givenGeneration(generationId, owner);
    }
}
