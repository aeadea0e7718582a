package com.jobwise.export.domain.account;

/** Runs the password hasher contract against the fast fake. */
class FakePasswordHasherTest extends IPasswordHasherContract {
    @Override
    protected IPasswordHasher createHasher() {
        return new FakePasswordHasher();
    }
}
