package com.jobwise.export.domain.export;

/** Runs the export repository contract against the in-memory fake the core's tests use. */
class InMemoryExportRepositoryTest extends IExportRepositoryContract {
    @Override
    protected IExportRepository createRepository() {
        return new InMemoryExportRepository();
    }
}
