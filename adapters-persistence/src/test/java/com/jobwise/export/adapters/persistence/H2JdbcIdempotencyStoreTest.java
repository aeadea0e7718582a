package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.idempotency.IIdempotencyStore;
import com.jobwise.export.domain.idempotency.IIdempotencyStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The {@link IIdempotencyStore} contract on {@link JdbcIdempotencyStore} over in-memory H2 in PostgreSQL mode. */
class H2JdbcIdempotencyStoreTest extends IIdempotencyStoreContract {
    private static PersistenceTestContext db;

    @BeforeAll
    static void start() {
        db = PersistenceTestContext.h2();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Override
    protected IIdempotencyStore createStore() {
        return db.context().getBean(JdbcIdempotencyStore.class);
    }
}
