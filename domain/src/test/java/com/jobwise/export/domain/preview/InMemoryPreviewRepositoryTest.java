package com.jobwise.export.domain.preview;

/** Runs the preview repository contract against the in-memory fake. */
class InMemoryPreviewRepositoryTest extends IPreviewRepositoryContract {
    @Override
    protected IPreviewRepository createRepository() {
        return new InMemoryPreviewRepository();
    }
}
