package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.model.DocumentType;
import com.jobwise.export.domain.model.Generation;
import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.TestData;
import io.micronaut.context.ApplicationContext;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/**
 * A Micronaut context wired exactly as the bootstrap wires this module (bean definitions of this module,
 * {@code datasources.default.*}, Flyway on), over a {@link TestDatabase}. Closing it closes both.
 */
final class PersistenceTestContext implements AutoCloseable {
    private final TestDatabase database;
    private final ApplicationContext context;

    private PersistenceTestContext(TestDatabase database, Map<String, Object> extra) {
        this.database = database;
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.putAll(extra);
        try {
            this.context = ApplicationContext.run(properties);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    static PersistenceTestContext postgres() {
        return new PersistenceTestContext(TestDatabase.postgres(), Map.of());
    }

    static PersistenceTestContext h2() {
        return new PersistenceTestContext(TestDatabase.h2(), Map.of());
    }

    static PersistenceTestContext start(TestDatabase database, Map<String, Object> extra) {
        return new PersistenceTestContext(database, extra);
    }

    ApplicationContext context() {
        return context;
    }

    JdbcExportRepository exports() {
        return context.getBean(JdbcExportRepository.class);
    }

    JdbcGenerationRepository generations() {
        return context.getBean(JdbcGenerationRepository.class);
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    JdbcPreviewRepository previews() {
        return context.getBean(JdbcPreviewRepository.class);
    }

    /**
     * Inserts generation {@code id} of {@code owner} unless it exists: {@code exports.generation_id} and
     * {@code previews.generation_id} are foreign keys, and the shared contracts invent generation ids (they
     * call this through their {@code givenGeneration} hook).
     */
    void givenGeneration(String id, UserId owner) {
        JdbcGenerationRepository generations = generations();
        if (generations.findByIdAndUser(id, owner).isEmpty()) {
            generations.save(new Generation(id, owner, DocumentType.RESUME, TestData.resumeTree("Parent Generation"),
                    null, TestData.now()));
        }
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            database.close();
        }
    }
}
