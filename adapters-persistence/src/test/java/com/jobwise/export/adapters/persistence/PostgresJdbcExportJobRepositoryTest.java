package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.job.IExportJobRepository;
import com.jobwise.export.domain.job.IExportJobRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link IExportJobRepository} contract on {@link JdbcExportJobRepository} over Postgres (migrations V1-V8). */
class PostgresJdbcExportJobRepositoryTest extends IExportJobRepositoryContract {
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
    protected IExportJobRepository createRepository() {
        return db.context().getBean(JdbcExportJobRepository.class);
    }
}
