package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.TestData;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the module wires itself from configuration: pool settings, Flyway on and off, the embedded H2 file. */
class DataSourceWiringTest {

    @Test
    void poolSettingsComeFromDatasourcesDefault() {
        try (PersistenceTestContext db = PersistenceTestContext.start(TestDatabase.h2(),
                Map.of("datasources.default.maximum-pool-size", 3, "datasources.default.connection-timeout", 2500))) {
            HikariDataSource pool = db.pool();
            assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
            assertThat(pool.getConnectionTimeout()).isEqualTo(2500);
            // The one DataSource bean is Micronaut Data's contextual wrapper around exactly this pool.
            assertThat(db.context().getBeansOfType(DataSource.class)).hasSize(1);
            assertThat(DelegatingDataSource.unwrapDataSource(db.context().getBean(DataSource.class))).isSameAs(pool);
        }
    }

    @Test
    void embeddedFileDatabaseKeepsRowsAcrossRestartsAndMigratesOnlyOnce(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("exports").toAbsolutePath() + ";" + TestDatabase.H2_MODE;
        UserId user = TestData.newUser();
        Generation generation = TestData.generation(user);

        try (PersistenceTestContext first = PersistenceTestContext.start(new TestDatabase.H2(url), Map.of())) {
            first.generations().save(generation);
        }
        assertThat(dir.resolve("exports.mv.db")).exists();
        try (PersistenceTestContext second = PersistenceTestContext.start(new TestDatabase.H2(url), Map.of())) {
            assertThat(second.generations().findByIdAndUser(generation.id(), user)).isPresent();
            assertThat(TestDatabase.migrate(second.dataSource())).isZero();
        }
    }

    @Test
    void migrationsCanBeSwitchedOff() {
        try (PersistenceTestContext db = PersistenceTestContext.start(TestDatabase.h2(),
                Map.of("flyway.datasources.default.enabled", false))) {
            Generation generation = new Generation(GenerationId.newId(), TestData.newUser(),
                    DocumentType.COVER_LETTER, null, "Dear team", TestData.now());
            // No table: a schema mismatch is a bug (IllegalStateException), not a retryable outage.
            assertThatThrownBy(() -> db.generations().save(generation)).isInstanceOf(IllegalStateException.class);
            assertThat(TestDatabase.migrate(db.dataSource())).isEqualTo(migrationScripts());
            db.generations().save(generation);
            assertThat(db.generations().findByIdAndUser(generation.id(), generation.userId())).isPresent();
        }
    }

    @Test
    void refusedConnectionIsStorageUnavailable() {
        // A pool that starts without a connection (no migration, no fail-fast) over a port nobody listens on.
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "datasources.default.url", "jdbc:postgresql://127.0.0.1:1/test?connectTimeout=2",
                "datasources.default.username", "postgres",
                "datasources.default.initialization-fail-timeout", -1,
                "datasources.default.connection-timeout", 2000))) {
            assertThatThrownBy(() -> context.getBean(JdbcGenerationRepository.class)
                    .findByIdAndUser(new GenerationId("g"), TestData.newUser()))
                    .isInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(() -> context.getBean(JdbcExportRepository.class)
                    .save(TestData.export(TestData.newUser()).build()))
                    .isInstanceOf(StorageUnavailableException.class);
        }
    }

    @Test
    void anUnreachableDatabaseStopsTheApplicationAtStartup() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(
                "datasources.default.url", "jdbc:postgresql://127.0.0.1:1/test",
                "datasources.default.username", "postgres",
                "flyway.datasources.default.enabled", true)).close())
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aDatabaseThatCannotBeMigratedStopsTheApplicationAtStartup() throws Exception {
        TestDatabase database = TestDatabase.h2();
        try (HikariDataSource pool = database.newPool(1);
             java.sql.Connection connection = pool.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            // A schema Flyway did not create (and no history table): migrating it must not start.
            statement.execute("CREATE TABLE generations (id VARCHAR(10))");
        }
        assertThatThrownBy(() -> PersistenceTestContext.start(database, Map.of()).close())
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void withoutADatasourceUrlTheRepositoriesFailWithAClearMessage() {
        try (ApplicationContext context = ApplicationContext.run(Map.of())) {
            assertThat(context.findBean(DataSource.class)).isEmpty();
            assertThatThrownBy(() -> context.getBean(JdbcExportRepository.class))
                    .hasMessageContaining("datasources.default.url");
        }
    }

    /** How many {@code V<n>__*.sql} scripts {@code db/migration} holds (every one applies to an empty database). */
    private static int migrationScripts() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(
                DataSourceWiringTest.class.getClassLoader().getResource("db/migration").toURI()))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
