package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.job.IExportJobRepository;
import com.jobwise.export.domain.job.IExportJobRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link IExportJobRepository} contract on {@link JdbcExportJobRepository} over H2 (migrations V1-V8). */
class H2JdbcExportJobRepositoryTest extends IExportJobRepositoryContract {
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
    protected IExportJobRepository createRepository() {
        return db.context().getBean(JdbcExportJobRepository.class);
    }
}
