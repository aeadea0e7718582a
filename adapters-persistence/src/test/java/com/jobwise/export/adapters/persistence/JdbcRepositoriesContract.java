package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.error.GenerationNotFoundException;
import com.jobwise.export.domain.preview.Preview;
import com.jobwise.export.domain.error.QuotaExceededException;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.ExportPage;
import com.jobwise.export.domain.export.ExportQuery;
import com.jobwise.export.domain.export.TestData;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;

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
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the JDBC adapters promise beyond the shared port contracts: the stored row format, foreign-key
 * behaviour, atomic counters, exact timestamps, purge order and rollback, the quota across two instances,
 * the sample generations, and error translation. Run once per database.
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
    void rowHoldsSpecWireValuesAndTheObjectKeyOnly() throws Exception {
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
            statement.setString(1, generation.id().value());
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
    void purgeClaimsTheOldestExpiriesFirstUpToTheLimit() {
        UserId user = TestData.newUser();
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z"); // earlier than any other test's rows
        Export third = savedExport(TestData.export(user).createdAt(longAgo).expiresAt(longAgo.plusSeconds(30)), user);
        Export first = savedExport(TestData.export(user).createdAt(longAgo).expiresAt(longAgo.plusSeconds(10)), user);
        Export second = savedExport(TestData.export(user).createdAt(longAgo).expiresAt(longAgo.plusSeconds(20)), user);
        List<List<ExportId>> batches = new ArrayList<>();

        assertThat(db().exports().purgeExpired(longAgo.plusSeconds(60), 0, batch -> batches.add(List.of()))).isZero();
        assertThat(db().exports().purgeExpired(longAgo.plusSeconds(60), 2,
                batch -> batches.add(batch.stream().map(Export::id).toList()))).isEqualTo(2);
        assertThat(db().exports().purgeExpired(longAgo.plusSeconds(29), 10,
                batch -> batches.add(batch.stream().map(Export::id).toList()))).isZero();
        assertThat(db().exports().purgeExpired(longAgo.plusSeconds(30), 10,
                batch -> batches.add(batch.stream().map(Export::id).toList()))).isEqualTo(1);

        assertThat(batches).containsExactly(List.of(first.id(), second.id()), List.of(third.id()));
        assertThatThrownBy(() -> db().exports().purgeExpired(longAgo, -1, batch -> {
        })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailingPurgeCallbackPropagatesItsOwnExceptionAndReleasesTheRows() {
        UserId user = TestData.newUser();
        Instant longAgo = Instant.parse("2000-06-01T00:00:00Z");
        Export expired = savedExport(TestData.export(user).createdAt(longAgo).expiresAt(longAgo.plusSeconds(1)), user);
        RuntimeException s3Down = new StorageUnavailableException("S3 is down", null);

        assertThatThrownBy(() -> db().exports().purgeExpired(longAgo.plusSeconds(5), 10, batch -> {
            throw s3Down;
        })).isSameAs(s3Down);

        // Rolled back and unlocked: the next purge gets the same row, and the user can still delete it.
        List<Export> handed = new ArrayList<>();
        assertThat(db().exports().purgeExpired(longAgo.plusSeconds(5), 10, handed::addAll)).isEqualTo(1);
        assertThat(handed).extracting(Export::id).containsExactly(expired.id());
    }

    @Test
    void referencedObjectKeysAreFoundAcrossUsersInBatchesOfAnySize() {
        UserId alice = TestData.newUser();
        UserId bob = TestData.newUser();
        Export a = savedExport(TestData.export(alice), alice);
        Export b = savedExport(TestData.export(bob).format(ExportFormat.DOCX), bob);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            keys.add("exports/" + alice.value() + "/" + UUID.randomUUID() + ".pdf");
        }
        keys.add(1234, a.objectKey());
        keys.add(b.objectKey());
        keys.add(a.objectKey());

        assertThat(db().exports().findExistingObjectKeys(keys)).containsExactlyInAnyOrder(a.objectKey(), b.objectKey());
        assertThat(db().exports().findExistingObjectKeys(keys.subList(0, 1000))).isEmpty();
    }

    @Test
    void quotaCountsOnlyLiveExportsAndAMissingGenerationInsertsNothing() {
        UserId user = TestData.newUser();
        Instant now = TestData.now();
        savedExport(TestData.export(user).size(900).createdAt(now.minus(Duration.ofDays(40)))
                .expiresAt(now.minus(Duration.ofDays(10))), user);
        Export fits = TestData.export(user).size(1000).generationId(savedGeneration(user).id()).build();
        Export orphan = TestData.export(user).size(1).build();

        db().exports().saveWithinQuota(fits, 1000, now);
        assertThatThrownBy(() -> db().exports().saveWithinQuota(orphan, 5000, now))
                .isInstanceOf(GenerationNotFoundException.class);
        assertThatThrownBy(() -> db().exports().saveWithinQuota(
                TestData.export(user).size(1).generationId(fits.generationId()).build(), 1000, now))
                .isInstanceOfSatisfying(QuotaExceededException.class, e -> assertThat(e.usedBytes()).isEqualTo(1000));
        assertThat(db().exports().findByIdAndUser(orphan.id(), user)).isEmpty();
        assertThat(db().exports().totalSizeBytes(user, now)).isEqualTo(1000);
    }

    /** Two contexts (two pools) over one database stand for two instances of the service. */
    @Test
    void quotaHoldsAcrossTwoInstances() throws Exception {
        UserId user = TestData.newUser();
        Instant now = TestData.now();
        GenerationId generation = savedGeneration(user).id();
        try (PersistenceTestContext second = db().secondInstance(Map.of("datasources.default.maximum-pool-size", 4))) {
            List<JdbcExportRepository> instances = List.of(db().exports(), second.exports());
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<Boolean>> runs = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    JdbcExportRepository instance = instances.get(i % 2);
                    Export export = TestData.export(user).size(100).generationId(generation).build();
                    runs.add(pool.submit(() -> {
                        start.await();
                        try {
                            instance.saveWithinQuota(export, 1234, now);
                            return true;
                        } catch (QuotaExceededException e) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int accepted = 0;
                for (Future<Boolean> run : runs) {
                    accepted += run.get() ? 1 : 0;
                }
                assertThat(accepted).isEqualTo(12);
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(db().exports().totalSizeBytes(user, now)).isEqualTo(1200);
    }

    @Test
    void previewsDisappearWithTheirGenerationAndNeedOne() throws SQLException {
        UserId user = TestData.newUser();
        Generation generation = savedGeneration(user);
        Instant now = TestData.now();
        ExportId id = ExportId.newId();
        Preview preview = new Preview(id, user, generation.id(), "modern", Preview.objectKeyFor(user, id), 10,
                now.plus(Duration.ofHours(1)), now);
        ExportId orphanId = ExportId.newId();
        Preview orphan = new Preview(orphanId, user, new GenerationId("no-such-generation"), "modern",
                Preview.objectKeyFor(user, orphanId), 10, now.plus(Duration.ofHours(1)), now);
        db().previews().save(preview);

        assertThatThrownBy(() -> db().previews().save(orphan)).isInstanceOf(GenerationNotFoundException.class);
        assertThatThrownBy(() -> db().previews().save(preview)).isInstanceOf(IllegalStateException.class);
        try (Connection connection = db().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("DELETE FROM generations WHERE id = ?")) {
            statement.setString(1, generation.id().value());
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
        assertThat(db().previews().findByIdAndUser(id, user)).isEmpty();
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
            Generation generation = new Generation(new GenerationId(id), user,
                    DocumentType.fromWireName((String) row.get("document_type")).orElseThrow(), content,
                    (String) row.get("content_text"), TestData.now());
            db().generations().save(generation);

            Generation found = db().generations().findByIdAndUser(new GenerationId(id), user).orElseThrow();
            assertThat(found.contentStructured()).as(sample.toString()).isEqualTo(content);
            assertThat(JSON.writeValueAsString(found.contentStructured())).as(sample + " key order")
                    .isEqualTo(JSON.writeValueAsString(content));
            assertThat(found.contentText()).isEqualTo(row.get("content_text"));
        }
    }

    @Test
    void aDatabaseThatIsGoneIsStorageUnavailableOnEveryCall() {
        try (PersistenceTestContext gone = db().secondInstance(Map.of())) {
            gone.pool().close();
            callsOnAGoneDatabase(gone.exports(), gone.generations(), gone.previews());
        }
    }

    private static void callsOnAGoneDatabase(JdbcExportRepository exports, JdbcGenerationRepository generations,
                                             JdbcPreviewRepository previews) {
        UserId user = TestData.newUser();
        Export export = TestData.export(user).build();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Preview preview = new Preview(export.id(), user, new GenerationId("g"), "modern", Preview.objectKeyFor(user, export.id()), 1,
                now, now);

        List<Runnable> calls = List.of(
                () -> exports.save(export),
                () -> exports.findByIdAndUser(export.id(), user),
                () -> exports.findByUser(user, new ExportQuery(null, null, null, 10, 0)),
                () -> exports.delete(export.id(), user),
                () -> exports.incrementDownloadCount(export.id(), user),
                () -> exports.totalSizeBytes(user, now),
                () -> exports.saveWithinQuota(export, 1_000_000, now),
                () -> exports.purgeExpired(now, 10, batch -> {
                }),
                () -> exports.findExistingObjectKeys(List.of(export.objectKey())),
                () -> previews.save(preview),
                () -> previews.findByIdAndUser(preview.id(), user),
                () -> previews.purgeExpired(now, 10, batch -> {
                }),
                () -> generations.save(TestData.generation(user)),
                () -> generations.findByIdAndUser(new GenerationId("g"), user));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(StorageUnavailableException.class)
                    .hasMessageContaining("temporarily unavailable");
        }
    }
}
