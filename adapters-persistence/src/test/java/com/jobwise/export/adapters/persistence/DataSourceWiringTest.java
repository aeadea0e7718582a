package com.jobwise.export.adapters.persistence;

import com.jobwise.export.adapters.persistence.jdbc.FlywayMigrations;
import com.jobwise.export.domain.model.DocumentType;
import com.jobwise.export.domain.model.Generation;
import com.jobwise.export.domain.model.StorageUnavailableException;
import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.TestData;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

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
            HikariDataSource pool = db.context().getBean(HikariDataSource.class);
            assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
            assertThat(pool.getConnectionTimeout()).isEqualTo(2500);
            assertThat(db.context().getBean(DataSource.class)).isSameAs(pool);
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
            assertThat(FlywayMigrations.migrate(second.dataSource())).isZero();
        }
    }

    @Test
    void migrationsCanBeSwitchedOff() {
        try (PersistenceTestContext db = PersistenceTestContext.start(TestDatabase.h2(),
                Map.of("flyway.datasources.default.enabled", false))) {
            Generation generation = new Generation(UUID.randomUUID().toString(), TestData.newUser(),
                    DocumentType.COVER_LETTER, null, "Dear team", TestData.now());
            // No table: a schema mismatch is a bug (IllegalStateException), not a retryable outage.
            assertThatThrownBy(() -> db.generations().save(generation)).isInstanceOf(IllegalStateException.class);
            assertThat(FlywayMigrations.migrate(db.dataSource())).isEqualTo(migrationScripts());
            db.generations().save(generation);
            assertThat(db.generations().findByIdAndUser(generation.id(), generation.userId())).isPresent();
        }
    }

    @Test
    void refusedConnectionIsStorageUnavailable() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/test");
        nowhere.setConnectTimeout(2);

        assertThatThrownBy(() -> new JdbcGenerationRepository(nowhere).findByIdAndUser("g", TestData.newUser()))
                .isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> new JdbcExportRepository(nowhere).save(TestData.export(TestData.newUser()).build()))
                .isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void anUnreachableDatabaseStopsTheApplicationAtStartup() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of(
                "datasources.default.url", "jdbc:postgresql://127.0.0.1:1/test",
                "datasources.default.username", "postgres")).close())
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
