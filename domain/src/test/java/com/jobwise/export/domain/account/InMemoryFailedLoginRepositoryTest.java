package com.jobwise.export.domain.account;

/** Runs the failed-login repository contract against the in-memory fake. */
class InMemoryFailedLoginRepositoryTest extends IFailedLoginRepositoryContract {
    @Override
    protected IFailedLoginRepository createRepository() {
        return new InMemoryFailedLoginRepository();
    }
}
