package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.TestData;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/**
 * A Micronaut context wired exactly as the bootstrap wires this module (bean definitions of this module,
 * {@code datasources.default.*}, {@code flyway.datasources.default.enabled: true}), over a {@link TestDatabase}.
 * Closing it closes both, unless it is a {@linkplain #secondInstance second instance}.
 */
final class PersistenceTestContext implements AutoCloseable {
    private final TestDatabase database;
    private final boolean ownsDatabase;
    private final ApplicationContext context;

    private PersistenceTestContext(TestDatabase database, Map<String, Object> extra, boolean ownsDatabase) {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("flyway.datasources.default.enabled", true);
        properties.putAll(extra);
        try {
            this.context = ApplicationContext.run(properties);
        } catch (RuntimeException e) {
            if (ownsDatabase) {
                database.close();
            }
            throw e;
        }
    }

    private PersistenceTestContext(TestDatabase database, Map<String, Object> extra) {
        this(database, extra, true);
    }

    /**
     * Another context (its own pool and beans) over the same database: a second instance of the service.
     * Closing it leaves the database alone.
     */
    PersistenceTestContext secondInstance(Map<String, Object> extra) {
        return new PersistenceTestContext(database, extra, false);
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

    /**
     * The pool itself, for plain JDBC in tests: the {@code DataSource} bean is Micronaut Data's contextual
     * wrapper, whose connections work only inside {@code @Transactional} or {@code @Connectable} code.
     */
    DataSource dataSource() {
        return DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }

    /** The HikariCP pool micronaut-jdbc-hikari made from {@code datasources.default.*}. */
    HikariDataSource pool() {
        return (HikariDataSource) dataSource();
    }

    JdbcPreviewRepository previews() {
        return context.getBean(JdbcPreviewRepository.class);
    }

    /**
     * Inserts generation {@code id} of {@code owner} unless it exists: {@code exports.generation_id} and
     * {@code previews.generation_id} are foreign keys, and the shared contracts invent generation ids (they
     * call this through their {@code givenGeneration} hook).
     */
    void givenGeneration(GenerationId id, UserId owner) {
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
            if (ownsDatabase) {
                database.close();
            }
        }
    }
}
