package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.model.DocumentType;
import com.jobwise.export.domain.model.Export;
import com.jobwise.export.domain.model.ExportFormat;
import com.jobwise.export.domain.model.ExportId;
import com.jobwise.export.domain.model.Generation;
import com.jobwise.export.domain.model.GenerationNotFoundException;
import com.jobwise.export.domain.model.StorageUnavailableException;
import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.ExportPage;
import com.jobwise.export.domain.port.ExportQuery;
import com.jobwise.export.domain.port.TestData;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the JDBC adapters promise beyond the shared port contracts: the stored row format, foreign-key
 * behaviour, atomic counters, exact timestamps, the sample generations, and error translation. Run once
 * per database.
 */
abstract class JdbcRepositoriesContract {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The context over a freshly migrated database, shared by the tests of one class. */
    abstract PersistenceTestContext db();

    private Generation savedGeneration(UserId user) {
        Generation generation = TestData.generation(user);
        db().generations().save(generation);
        return generation;
    }

    private Export savedExport(TestData.ExportBuilder builder, UserId user) {
        Export export = builder.generationId(savedGeneration(user).id()).build();
        db().exports().save(export);
        return export;
    }

    @Test
    void rowHoldsSpecWireValuesAndTheObjectKeyOnly() throws SQLException {
        UserId user = TestData.newUser();
        Export export = savedExport(TestData.export(user).format(ExportFormat.DOCX)
                .documentType(DocumentType.COVER_LETTER).template("ats-optimized"), user);

        try (Connection connection = db().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT document_type, format, template, "
                     + "file_path, page_count, options, metadata, download_count FROM exports WHERE id = ?")) {
            statement.setString(1, export.id().toString());
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("document_type")).isEqualTo("cover_letter");
                assertThat(row.getString("format")).isEqualTo("docx");
                assertThat(row.getString("template")).isEqualTo("ats-optimized");
                assertThat(row.getString("file_path"))
                        .isEqualTo("exports/" + user.value() + "/" + export.id() + ".docx");
                row.getInt("page_count");
                assertThat(row.wasNull()).isTrue();
                assertThat(JSON.readValue(row.getString("options"), new TypeReference<Map<String, Object>>() {
                })).isEqualTo(Map.of("font_size", 11));
                assertThat(JSON.readTree(row.getString("metadata")).get("ats_score").asDouble()).isEqualTo(88.5);
                assertThat(row.getInt("download_count")).isZero();
            }
        }
    }

    @Test
    void timestampsAreInstantsKeptToTheMicrosecond() throws SQLException {
        UserId user = TestData.newUser();
        Instant created = Instant.parse("2026-03-29T01:30:00.123456Z"); // a DST switch in Europe, to the microsecond
        Export export = savedExport(TestData.export(user).createdAt(created)
                .expiresAt(created.plus(Duration.ofDays(30))), user);

        Export found = db().exports().findByIdAndUser(export.id(), user).orElseThrow();
        assertThat(found.createdAt()).isEqualTo(created);
        assertThat(found.expiresAt()).isEqualTo(created.plus(Duration.ofDays(30)));

        try (Connection connection = db().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM exports WHERE id = ? AND created_at = ?")) {
            statement.setString(1, export.id().toString());
            statement.setObject(2, created.atOffset(ZoneOffset.ofHours(5))); // same instant, another offset
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void exportOfAMissingGenerationIsGenerationNotFound() {
        Export orphan = TestData.export(TestData.newUser()).build();

        assertThatThrownBy(() -> db().exports().save(orphan)).isInstanceOf(GenerationNotFoundException.class);
        assertThat(db().exports().findByIdAndUser(orphan.id(), orphan.userId())).isEmpty();
    }

    @Test
    void duplicateIdsAreRejectedWithoutReplacingTheRow() {
        UserId user = TestData.newUser();
        Export export = savedExport(TestData.export(user).size(10), user);
        Generation generation = savedGeneration(user);

        assertThatThrownBy(() -> db().exports().save(export)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> db().generations().save(generation)).isInstanceOf(IllegalStateException.class);
        assertThat(db().exports().findByIdAndUser(export.id(), user).orElseThrow().fileSizeBytes()).isEqualTo(10);
    }

    @Test
    void deletingAGenerationDeletesItsExports() throws SQLException {
        UserId user = TestData.newUser();
        Generation generation = savedGeneration(user);
        Export first = TestData.export(user).generationId(generation.id()).build();
        Export second = TestData.export(user).generationId(generation.id()).build();
        Export other = savedExport(TestData.export(user), user);
        db().exports().save(first);
        db().exports().save(second);

        try (Connection connection = db().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("DELETE FROM generations WHERE id = ?")) {
            statement.setString(1, generation.id());
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }

        assertThat(db().exports().findByIdAndUser(first.id(), user)).isEmpty();
        assertThat(db().exports().findByIdAndUser(second.id(), user)).isEmpty();
        assertThat(db().exports().findByIdAndUser(other.id(), user)).isPresent();
    }

    @Test
    void concurrentDownloadsAreAllCounted() throws Exception {
        UserId user = TestData.newUser();
        Export export = savedExport(TestData.export(user), user);
        int threads = 4;
        int perThread = 25;

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> (int) IntStream.range(0, perThread)
                        .filter(i -> db().exports().incrementDownloadCount(export.id(), user)).count()));
            }
            int counted = 0;
            for (Future<Integer> result : results) {
                counted += result.get();
            }
            assertThat(counted).isEqualTo(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
        assertThat(db().exports().findByIdAndUser(export.id(), user).orElseThrow().downloadCount())
                .isEqualTo(threads * perThread);
    }

    @Test
    void aPageBeyondTheEndIsEmptyButKeepsTheTotal() {
        UserId user = TestData.newUser();
        for (int i = 0; i < 3; i++) {
            savedExport(TestData.export(user), user);
        }

        ExportPage page = db().exports().findByUser(user, new ExportQuery(null, null, null, 10, 5));
        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(3);
        ExportPage last = db().exports().findByUser(user, new ExportQuery(null, null, null, 2, 2));
        assertThat(last.items()).hasSize(1);
    }

    @Test
    void expiredExportsComeOldestFirstUpToTheLimit() {
        UserId user = TestData.newUser();
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z"); // earlier than any other test's rows
        Export third = savedExport(TestData.export(user).createdAt(longAgo).expiresAt(longAgo.plusSeconds(30)), user);
        Export first = savedExport(TestData.export(user).createdAt(longAgo).expiresAt(longAgo.plusSeconds(10)), user);
        Export second = savedExport(TestData.export(user).createdAt(longAgo).expiresAt(longAgo.plusSeconds(20)), user);

        assertThat(db().exports().findExpired(longAgo.plusSeconds(60), 2)).extracting(Export::id)
                .containsExactly(first.id(), second.id());
        assertThat(db().exports().findExpired(longAgo.plusSeconds(20), 10)).extracting(Export::id)
                .containsExactly(first.id(), second.id());
        assertThat(db().exports().findExpired(longAgo.plusSeconds(60), 0)).isEmpty();
        assertThat(db().exports().deleteAll(List.of(first.id(), second.id(), third.id()))).isEqualTo(3);
    }

    @Test
    void deleteAllRemovesManyRowsOfAnyUserInOneCallAndIgnoresUnknownIds() {
        List<Export> exports = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UserId user = TestData.newUser();
            exports.add(savedExport(TestData.export(user), user));
        }
        List<ExportId> ids = new ArrayList<>(exports.stream().map(Export::id).toList());
        ids.add(ExportId.newId());

        assertThat(db().exports().deleteAll(ids.subList(0, 4).reversed())).isEqualTo(4);
        assertThat(db().exports().deleteAll(ids)).isEqualTo(1);
        assertThat(db().exports().deleteAll(List.of())).isZero();
        exports.forEach(e -> assertThat(db().exports().findByIdAndUser(e.id(), e.userId())).isEmpty());
    }

    @Test
    void everySampleGenerationRoundTripsWithItsKeyOrder() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "generations"))) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(7);
        UserId user = TestData.newUser();
        for (Path sample : samples) {
            Map<String, Object> row = JSON.readValue(sample.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
            @SuppressWarnings("unchecked")
            Map<String, Object> content = (Map<String, Object>) row.get("content_structured");
            String id = row.get("id") + "-" + TestData.newUser().value(); // samples have fixed ids
            Generation generation = new Generation(id, user,
                    DocumentType.fromWireName((String) row.get("document_type")).orElseThrow(), content,
                    (String) row.get("content_text"), TestData.now());
            db().generations().save(generation);

            Generation found = db().generations().findByIdAndUser(id, user).orElseThrow();
            assertThat(found.contentStructured()).as(sample.toString()).isEqualTo(content);
            assertThat(JSON.writeValueAsString(found.contentStructured())).as(sample + " key order")
                    .isEqualTo(JSON.writeValueAsString(content));
            assertThat(found.contentText()).isEqualTo(row.get("content_text"));
        }
    }

    @Test
    void aDatabaseThatIsGoneIsStorageUnavailableOnEveryCall() {
        Map<String, Object> properties = db().context().getProperties("datasources.default");
        HikariDataSource closed = new HikariDataSource();
        closed.setJdbcUrl((String) properties.get("url"));
        closed.setUsername((String) properties.get("username"));
        closed.setPassword((String) properties.get("password"));
        closed.close();
        JdbcExportRepository exports = new JdbcExportRepository(closed);
        JdbcGenerationRepository generations = new JdbcGenerationRepository(closed);
        UserId user = TestData.newUser();
        Export export = TestData.export(user).build();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        List<Runnable> calls = List.of(
                () -> exports.save(export),
                () -> exports.findByIdAndUser(export.id(), user),
                () -> exports.findByUser(user, new ExportQuery(null, null, null, 10, 0)),
                () -> exports.delete(export.id(), user),
                () -> exports.incrementDownloadCount(export.id(), user),
                () -> exports.totalSizeBytes(user, now),
                () -> exports.findExpired(now, 10),
                () -> exports.deleteAll(List.of(export.id())),
                () -> generations.save(TestData.generation(user)),
                () -> generations.findByIdAndUser("g", user));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(StorageUnavailableException.class)
                    .hasMessageContaining("temporarily unavailable");
        }
    }
}
