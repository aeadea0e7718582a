package com.jobwise.export.domain.account;

/** Runs the refresh-token repository contract against the in-memory fake. */
class InMemoryRefreshTokenRepositoryTest extends IRefreshTokenRepositoryContract {
    @Override
    protected IRefreshTokenRepository createRepository() {
        return new InMemoryRefreshTokenRepository();
    }
}
