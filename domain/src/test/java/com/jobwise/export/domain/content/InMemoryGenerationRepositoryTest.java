package com.jobwise.export.domain.content;

/** Runs the generation repository contract against the in-memory fake. */
class InMemoryGenerationRepositoryTest extends IGenerationRepositoryContract {
    @Override
    protected IGenerationRepository createRepository() {
        return new InMemoryGenerationRepository();
    }
}
