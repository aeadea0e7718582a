package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.model.DocumentType;
import com.jobwise.export.domain.model.Export;
import com.jobwise.export.domain.model.ExportId;
import com.jobwise.export.domain.model.Generation;
import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.ExportPage;
import com.jobwise.export.domain.port.ExportQuery;
import com.jobwise.export.domain.port.IExportRepository;
import com.jobwise.export.domain.port.TestData;
import io.micronaut.context.ApplicationContext;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * The export repository with one test-only addition: {@code save} first inserts the generation the
     * export names when it does not exist yet, because {@code exports.generation_id} is a foreign key and
     * the shared contract invents generation ids without saving generations. Every other call goes
     * straight to {@link JdbcExportRepository}.
     */
    IExportRepository exportsWithParentGenerations() {
        JdbcExportRepository exports = exports();
        JdbcGenerationRepository generations = generations();
        return new IExportRepository() {
            @Override
            public void save(Export export) {
                if (generations.findByIdAndUser(export.generationId(), export.userId()).isEmpty()) {
                    generations.save(new Generation(export.generationId(), export.userId(), DocumentType.RESUME,
                            TestData.resumeTree("Parent Generation"), null, export.createdAt()));
                }
                exports.save(export);
            }

            @Override
            public Optional<Export> findByIdAndUser(ExportId id, UserId userId) {
                return exports.findByIdAndUser(id, userId);
            }

            @Override
            public ExportPage findByUser(UserId userId, ExportQuery query) {
                return exports.findByUser(userId, query);
            }

            @Override
            public boolean delete(ExportId id, UserId userId) {
                return exports.delete(id, userId);
            }

            @Override
            public boolean incrementDownloadCount(ExportId id, UserId userId) {
                return exports.incrementDownloadCount(id, userId);
            }

            @Override
            public long totalSizeBytes(UserId userId, Instant now) {
                return exports.totalSizeBytes(userId, now);
            }

            @Override
            public List<Export> findExpired(Instant now, int limit) {
                return exports.findExpired(now, limit);
            }

            @Override
            public int deleteAll(List<ExportId> ids) {
                return exports.deleteAll(ids);
            }
        };
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
