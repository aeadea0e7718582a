package com.jobwise.export.domain.export;

/** Runs the object store contract against the in-memory fake. */
class InMemoryObjectStoreTest extends IObjectStoreContract {
    @Override
    protected IObjectStore createStore() {
        return new InMemoryObjectStore();
    }
}
