package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.account.EmailAddress;
import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.preview.Preview;
import com.jobwise.export.domain.account.RefreshToken;
import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.User;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.idempotency.IIdempotencyStore;
import com.jobwise.export.domain.export.TestData;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database of the previous release (migrations V1 to V5 only, rows written with the SQL that release ran)
 * upgraded by starting this release: every row reads back unchanged through the ports, and user ids may now be
 * 255 characters long. Runs on PostgreSQL and on H2 in PostgreSQL mode.
 */
class UpgradeFromV5Test {
    private static final Instant CREATED = Instant.parse("2026-03-29T01:30:00.123456Z");
    private static final Instant EXPIRES = CREATED.plus(Duration.ofDays(30));
    private static final String GENERATION_JSON =
            "{\"zeta\":1,\"header\":{\"name\":\"Zoë Müller\",\"email\":\"zoe@example.com\"},\"alpha\":[1,\"two\",true]}";
    private static final String OPTIONS_JSON = "{\"font_size\":11,\"accent\":\"#123456\",\"a4\":true}";
    private static final String METADATA_JSON = "{\"ats_score\":88.5,\"processing_ms\":42}";
    private static final byte[] RESPONSE = "{\"export_id\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void postgresDatabaseOfTheLastReleaseIsReadUnchanged() throws SQLException {
        upgradeAndRead(TestDatabase.postgres());
    }

    @Test
    void h2DatabaseOfTheLastReleaseIsReadUnchanged() throws SQLException {
        upgradeAndRead(TestDatabase.h2());
    }

    private static void upgradeAndRead(TestDatabase database) throws SQLException {
        UserId user = TestData.newUser();
        GenerationId generationId = new GenerationId("gen-" + UUID.randomUUID());
        ExportId exportId = ExportId.newId();
        ExportId previewId = ExportId.newId();
        String tokenHash = "ab".repeat(32);
        String email = "upgrade-" + user.value().toLowerCase() + "@example.com";

        try (HikariDataSource pool = database.newPool(2)) {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("5").load().migrate();
            try (Connection connection = pool.getConnection()) {
                fillAsTheLastRelease(connection, user, generationId.value(), exportId, previewId, tokenHash, email);
            }
        } catch (RuntimeException | SQLException e) {
            database.close();
            throw e;
        }

        try (PersistenceTestContext db = PersistenceTestContext.start(database, Map.of())) {
            Generation generation = db.generations().findByIdAndUser(generationId, user).orElseThrow();
            assertThat(generation.documentType()).isEqualTo(DocumentType.RESUME);
            assertThat(generation.contentText()).isEqualTo("plain text");
            assertThat(generation.createdAt()).isEqualTo(CREATED);
            assertThat(JsonText.write(generation.contentStructured())).isEqualTo(GENERATION_JSON);

            Export export = db.exports().findByIdAndUser(exportId, user).orElseThrow();
            assertThat(export.generationId()).isEqualTo(generationId);
            assertThat(export.documentType()).isEqualTo(DocumentType.COVER_LETTER);
            assertThat(export.format()).isEqualTo(ExportFormat.DOCX);
            assertThat(export.template()).isEqualTo("modern");
            assertThat(export.filename()).isEqualTo("Cover Letter.docx");
            assertThat(export.objectKey()).isEqualTo("exports/" + user.value() + "/" + exportId + ".docx");
            assertThat(export.fileSizeBytes()).isEqualTo(3_000_000_000L);
            assertThat(export.pageCount()).isNull();
            assertThat(JsonText.write(export.options())).isEqualTo(OPTIONS_JSON);
            assertThat(JsonText.write(export.metadata())).isEqualTo(METADATA_JSON);
            assertThat(export.downloadCount()).isEqualTo(7);
            assertThat(export.expiresAt()).isEqualTo(EXPIRES);
            assertThat(export.createdAt()).isEqualTo(CREATED);
            assertThat(db.exports().findExistingObjectKeys(List.of(export.objectKey()))).containsExactly(export.objectKey());

            Preview preview = db.previews().findByIdAndUser(previewId, user).orElseThrow();
            assertThat(preview).isEqualTo(new Preview(previewId, user, generationId, "classic",
                    Preview.objectKeyFor(user, previewId), 1234, CREATED.plus(Duration.ofHours(1)), CREATED));

            User account = db.context().getBean(JdbcUserRepository.class).findById(user).orElseThrow();
            assertThat(account).isEqualTo(new User(user, new EmailAddress(email), "$2a$12$" + "x".repeat(53),
                    "Zoë Müller", Tier.PRO, CREATED));
            assertThat(db.context().getBean(JdbcUserRepository.class).findByEmail(new EmailAddress(email)))
                    .contains(account);

            assertThat(db.context().getBean(JdbcRefreshTokenRepository.class).findByHash(tokenHash)).contains(
                    new RefreshToken(tokenHash, user, "family-1", CREATED, EXPIRES, CREATED.plusSeconds(60), null));

            IIdempotencyStore.Reservation replay = db.context().getBean(JdbcIdempotencyStore.class)
                    .reserve(user, "key-1", "f".repeat(64), CREATED.plusSeconds(10), Duration.ofHours(24),
                            Duration.ofMinutes(2));
            assertThat(replay).isInstanceOfSatisfying(IIdempotencyStore.Replay.class, r -> {
                assertThat(r.outcome().code()).isEqualTo(201);
                assertThat(r.outcome().mediaType()).isEqualTo("application/json");
                assertThat(r.outcome().payload()).isEqualTo(RESPONSE);
            });

            // V6: user ids up to 255 characters in every table (the domain rule is the REST adapter's business).
            String longId = "auth0|" + "x".repeat(249);
            try (Connection connection = db.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO storage_locks (user_id) VALUES ('" + longId + "')");
                statement.executeUpdate("INSERT INTO generations (id, user_id, document_type, content_text) "
                        + "VALUES ('g-long', '" + longId + "', 'resume', 't')");
                statement.executeUpdate("INSERT INTO rate_limit_buckets (id) VALUES ('" + longId + ":" + "o".repeat(64) + "')");
                assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO storage_locks (user_id) VALUES ('"
                        + longId + "y')")).as("256 characters").isInstanceOf(SQLException.class);
            }
        }
    }

    /** The rows the previous release wrote, with the SQL it used (positional parameters, instants as UTC). */
    private static void fillAsTheLastRelease(Connection connection, UserId user, String generationId,
                                             ExportId exportId, ExportId previewId, String tokenHash, String email)
            throws SQLException {
        execute(connection, "INSERT INTO generations (id, user_id, document_type, content_structured, content_text, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?)", generationId, user.value(), "resume", GENERATION_JSON,
                "plain text", CREATED);
        execute(connection, "INSERT INTO exports (id, user_id, generation_id, document_type, format, template, "
                        + "filename, file_path, file_size_bytes, page_count, options, metadata, download_count, expires_at, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", exportId.toString(),
                user.value(), generationId, "cover_letter", "docx", "modern", "Cover Letter.docx",
                "exports/" + user.value() + "/" + exportId + ".docx", 3_000_000_000L, null, OPTIONS_JSON, METADATA_JSON,
                7, EXPIRES, CREATED);
        execute(connection, "INSERT INTO previews (id, user_id, generation_id, template, file_path, file_size_bytes, "
                        + "expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", previewId.toString(), user.value(),
                generationId, "classic", Preview.objectKeyFor(user, previewId), 1234L, CREATED.plus(Duration.ofHours(1)),
                CREATED);
        execute(connection, "INSERT INTO users (id, email, password_hash, full_name, tier, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", user.value(), email, "$2a$12$" + "x".repeat(53), "Zoë Müller", "pro", CREATED);
        execute(connection, "INSERT INTO refresh_tokens (token_hash, user_id, family_id, issued_at, expires_at, used_at, "
                + "revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)", tokenHash, user.value(), "family-1", CREATED, EXPIRES,
                CREATED.plusSeconds(60), null);
        execute(connection, "INSERT INTO idempotency_keys (user_id, idempotency_key, request_fingerprint, "
                        + "reservation_token, state, response_status, response_content_type, response_body, locked_until, "
                        + "expires_at, created_at) VALUES (?, ?, ?, ?, 'completed', ?, ?, ?, ?, ?, ?)", user.value(), "key-1",
                "f".repeat(64), UUID.randomUUID().toString(), 201, "application/json", RESPONSE,
                CREATED.plusSeconds(120), CREATED.plus(Duration.ofHours(24)), CREATED);
    }

    private static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : values[i];
                if (value == null) {
                    statement.setNull(i + 1, java.sql.Types.NULL);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
