package com.jobwise.export.domain.account;

/** Runs the user repository contract against the in-memory fake. */
class InMemoryUserRepositoryTest extends IUserRepositoryContract {
    @Override
    protected IUserRepository createRepository() {
        return new InMemoryUserRepository();
    }
}
