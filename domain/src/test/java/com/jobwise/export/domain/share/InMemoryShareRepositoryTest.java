package com.jobwise.export.domain.share;

import com.jobwise.export.domain.export.Export;

/** Runs the share repository contract against the in-memory fake. */
class InMemoryShareRepositoryTest extends IShareRepositoryContract {
    private final InMemoryShareRepository fake = new InMemoryShareRepository();

    @Override
    protected IShareRepository createRepository() {
        return fake;
    }

    @Override
    protected void deleteExport(Export export) {
        fake.exportDeleted(export.id());
    }
}
