package com.jobwise.export.domain.job;

/** Runs the job repository contract against the in-memory fake. */
class InMemoryExportJobRepositoryTest extends IExportJobRepositoryContract {
    @Override
    protected IExportJobRepository createRepository() {
        return new InMemoryExportJobRepository();
    }
}
