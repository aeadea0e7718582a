package com.jobwise.export.domain.idempotency;

/** Runs the idempotency store contract against the in-memory fake. */
class InMemoryIdempotencyStoreTest extends IIdempotencyStoreContract {
    @Override
    protected IIdempotencyStore createStore() {
        return new InMemoryIdempotencyStore();
    }
}
