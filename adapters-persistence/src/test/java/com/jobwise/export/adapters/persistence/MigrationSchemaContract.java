package com.jobwise.export.adapters.persistence;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the Flyway migrations must create, written from the API spec's "Database Schema" (export-api.md)
 * plus the documented deviations (user_id VARCHAR, no users FK, timestamps with time zone, BIGINT size),
 * and the tables V2 and V3 add: previews, storage_locks, rate_limit_buckets (Bucket4j's id/state/expires_at),
 * and V5's idempotency_keys.
 * Reads {@code information_schema.columns} and the JDBC metadata, which PostgreSQL and H2 both answer.
 */
abstract class MigrationSchemaContract {

    /** The context over a freshly migrated database. */
    abstract PersistenceTestContext db();

    private record Column(String type, boolean nullable, String defaultValue) {
    }

    @Test
    void exportsHasEverySpecColumnWithItsTypeAndNullability() throws SQLException {
        Map<String, Column> columns = columns("exports");

        assertThat(columns.keySet()).containsExactlyInAnyOrder("id", "user_id", "generation_id", "document_type",
                "format", "template", "filename", "file_path", "file_size_bytes", "page_count", "options",
                "metadata", "download_count", "expires_at", "created_at");
        for (String text : List.of("id", "user_id", "generation_id", "document_type", "format", "template",
                "filename", "file_path")) {
            assertThat(columns.get(text)).as(text).isEqualTo(new Column("varchar", false, null));
        }
        assertThat(columns.get("file_size_bytes").type()).isIn("integer", "bigint");
        assertThat(columns.get("file_size_bytes").nullable()).isFalse();
        assertThat(columns.get("page_count")).isEqualTo(new Column("integer", true, null));
        assertThat(columns.get("options")).isEqualTo(new Column("text", true, null));
        assertThat(columns.get("metadata")).isEqualTo(new Column("text", true, null));
        assertThat(columns.get("download_count").type()).isEqualTo("integer");
        assertThat(columns.get("download_count").defaultValue()).isEqualTo("0");
        assertThat(columns.get("expires_at")).isEqualTo(new Column("timestamptz", false, null));
        assertThat(columns.get("created_at").type()).isEqualTo("timestamptz");
        assertThat(columns.get("created_at").defaultValue()).contains("current_timestamp");
    }

    @Test
    void exportsHasTheThreeSpecIndexes() throws SQLException {
        Map<String, List<String>> indexes = indexes("exports");

        assertThat(indexes).containsEntry("idx_exports_user_id", List.of("user_id"));
        assertThat(indexes).containsEntry("idx_exports_generation_id", List.of("generation_id"));
        assertThat(indexes).containsEntry("idx_exports_expires_at", List.of("expires_at"));
    }

    @Test
    void exportsReferenceGenerationsWithCascadeAndNothingElse() throws SQLException {
        assertThat(foreignKeys("exports")).containsExactly("generation_id -> generations.id on delete cascade");
    }

    @Test
    void generationsHasItsColumnsAndUserIndex() throws SQLException {
        Map<String, Column> columns = columns("generations");

        assertThat(columns.keySet()).containsExactlyInAnyOrder("id", "user_id", "document_type",
                "content_structured", "content_text", "created_at");
        assertThat(columns.get("user_id")).isEqualTo(new Column("varchar", false, null));
        assertThat(columns.get("content_structured")).isEqualTo(new Column("text", true, null));
        assertThat(columns.get("content_text")).isEqualTo(new Column("text", true, null));
        assertThat(columns.get("created_at").type()).isEqualTo("timestamptz");
        assertThat(indexes("generations")).containsEntry("idx_generations_user_id", List.of("user_id"));
    }

    @Test
    void previewsHaveTheirColumnsIndexesAndCascadingGenerationKey() throws SQLException {
        Map<String, Column> columns = columns("previews");

        assertThat(columns.keySet()).containsExactlyInAnyOrder("id", "user_id", "generation_id", "template",
                "file_path", "file_size_bytes", "expires_at", "created_at");
        for (String text : List.of("id", "user_id", "generation_id", "template", "file_path")) {
            assertThat(columns.get(text)).as(text).isEqualTo(new Column("varchar", false, null));
        }
        assertThat(columns.get("file_size_bytes")).isEqualTo(new Column("bigint", false, null));
        assertThat(columns.get("expires_at")).isEqualTo(new Column("timestamptz", false, null));
        assertThat(columns.get("created_at").type()).isEqualTo("timestamptz");
        assertThat(columns.get("created_at").nullable()).isFalse();
        assertThat(columns.get("created_at").defaultValue()).contains("current_timestamp");

        Map<String, List<String>> indexes = indexes("previews");
        assertThat(indexes).containsEntry("idx_previews_user_id", List.of("user_id"));
        assertThat(indexes).containsEntry("idx_previews_expires_at", List.of("expires_at"));
        assertThat(foreignKeys("previews")).containsExactly("generation_id -> generations.id on delete cascade");
    }

    @Test
    void storageLocksAreOneRowPerUser() throws SQLException {
        assertThat(columns("storage_locks")).containsExactly(Map.entry("user_id", new Column("varchar", false, null)));
        assertThat(primaryKey("storage_locks")).containsExactly("user_id");
    }

    @Test
    void rateLimitBucketsHaveTheColumnsBucket4jWrites() throws SQLException {
        Map<String, Column> columns = columns("rate_limit_buckets");

        assertThat(columns.keySet()).containsExactlyInAnyOrder("id", "state", "expires_at");
        assertThat(columns.get("id")).isEqualTo(new Column("varchar", false, null));
        assertThat(columns.get("state").type()).isEqualTo("bytea");
        assertThat(columns.get("state").nullable()).isTrue();
        assertThat(columns.get("expires_at")).isEqualTo(new Column("bigint", true, null));
        assertThat(primaryKey("rate_limit_buckets")).containsExactly("id");
    }

    @Test
    void usersHaveAUniqueNormalisedEmailAHashAndATier() throws SQLException {
        Map<String, Column> columns = columns("users");

        assertThat(columns.keySet()).containsExactlyInAnyOrder("id", "email", "password_hash", "full_name", "tier",
                "created_at");
        for (String text : List.of("id", "email", "password_hash", "full_name")) {
            assertThat(columns.get(text)).as(text).isEqualTo(new Column("varchar", false, null));
        }
        assertThat(columns.get("tier").type()).isEqualTo("varchar");
        assertThat(columns.get("tier").defaultValue()).contains("free");
        assertThat(columns.get("created_at").type()).isEqualTo("timestamptz");
        assertThat(columns.get("created_at").nullable()).isFalse();
        assertThat(primaryKey("users")).containsExactly("id");
        assertThat(uniqueIndexColumns("users")).contains(List.of("email"));
        assertThatThrownBy(() -> execute("INSERT INTO users (id, email, password_hash, full_name, tier) "
                + "VALUES ('schema-test', 'schema@example.com', 'h', 'n', 'gold')"))
                .as("tier is free or pro").isInstanceOf(SQLException.class);
    }

    @Test
    void refreshTokensAreKeyedByHashAndBelongToAUser() throws SQLException {
        Map<String, Column> columns = columns("refresh_tokens");

        assertThat(columns.keySet()).containsExactlyInAnyOrder("token_hash", "user_id", "family_id", "issued_at",
                "expires_at", "used_at", "revoked_at");
        for (String text : List.of("token_hash", "user_id", "family_id")) {
            assertThat(columns.get(text)).as(text).isEqualTo(new Column("varchar", false, null));
        }
        assertThat(columns.get("issued_at")).isEqualTo(new Column("timestamptz", false, null));
        assertThat(columns.get("expires_at")).isEqualTo(new Column("timestamptz", false, null));
        assertThat(columns.get("used_at")).isEqualTo(new Column("timestamptz", true, null));
        assertThat(columns.get("revoked_at")).isEqualTo(new Column("timestamptz", true, null));
        assertThat(primaryKey("refresh_tokens")).containsExactly("token_hash");
        assertThat(foreignKeys("refresh_tokens")).containsExactly("user_id -> users.id on delete cascade");
        Map<String, List<String>> indexes = indexes("refresh_tokens");
        assertThat(indexes).containsEntry("idx_refresh_tokens_family_id", List.of("family_id"));
        assertThat(indexes).containsEntry("idx_refresh_tokens_user_id", List.of("user_id"));
        assertThat(indexes).containsEntry("idx_refresh_tokens_expires_at", List.of("expires_at"));
    }

    @Test
    void loginFailuresAreOneRowPerAccountKey() throws SQLException {
        Map<String, Column> columns = columns("login_failures");

        assertThat(columns.keySet()).containsExactlyInAnyOrder("account_key", "failures", "window_started_at",
                "locked_until");
        assertThat(columns.get("account_key")).isEqualTo(new Column("varchar", false, null));
        assertThat(columns.get("failures").type()).isEqualTo("integer");
        assertThat(columns.get("failures").nullable()).isFalse();
        assertThat(columns.get("window_started_at")).isEqualTo(new Column("timestamptz", true, null));
        assertThat(columns.get("locked_until")).isEqualTo(new Column("timestamptz", true, null));
        assertThat(primaryKey("login_failures")).containsExactly("account_key");
    }

    @Test
    void exportsAreFoundByObjectKey() throws SQLException {
        assertThat(indexes("exports")).containsEntry("idx_exports_file_path", List.of("file_path"));
    }

    @Test
    void flywayRecordedEveryMigration() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = db().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                assertThat(rows.getBoolean(2)).as("migration " + rows.getString(1)).isTrue();
                versions.add(rows.getString(1));
            }
        }
        assertThat(versions).containsExactlyElementsOf(migrationVersionsOnTheClasspath());
        assertThat(versions).contains("1", "2", "3", "5");
    }

    @Test
    void idempotencyKeysAreOneRowPerUserAndKeyWithTheFirstResponse() throws SQLException {
        Map<String, Column> columns = columns("idempotency_keys");

        assertThat(columns.keySet()).containsExactlyInAnyOrder("user_id", "idempotency_key", "request_fingerprint",
                "reservation_token", "state", "response_status", "response_content_type", "response_body",
                "locked_until", "expires_at", "created_at");
        for (String text : List.of("user_id", "idempotency_key", "request_fingerprint", "reservation_token", "state")) {
            assertThat(columns.get(text)).as(text).isEqualTo(new Column("varchar", false, null));
        }
        assertThat(columns.get("response_status")).isEqualTo(new Column("integer", true, null));
        assertThat(columns.get("response_content_type")).isEqualTo(new Column("varchar", true, null));
        assertThat(columns.get("response_body")).isEqualTo(new Column("bytea", true, null));
        assertThat(columns.get("locked_until")).isEqualTo(new Column("timestamptz", false, null));
        assertThat(columns.get("expires_at")).isEqualTo(new Column("timestamptz", false, null));
        assertThat(primaryKey("idempotency_keys")).containsExactly("user_id", "idempotency_key");
        assertThat(indexes("idempotency_keys")).containsEntry("idx_idempotency_keys_expires_at", List.of("expires_at"));
    }

    /** The versions of the {@code V<n>__*.sql} scripts in {@code db/migration}, in numeric order. */
    private static List<String> migrationVersionsOnTheClasspath() {
        try {
            java.net.URL folder = MigrationSchemaContract.class.getClassLoader().getResource("db/migration");
            assertThat(folder).as("db/migration on the classpath").isNotNull();
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(folder.toURI()))) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                        .map(n -> n.substring(1, n.indexOf("__"))).sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                        .toList();
            }
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement. */
    private void execute(String sql) throws SQLException {
        try (Connection connection = db().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    /** The column lists of the unique indexes of {@code table} (primary key included). */
    private List<List<String>> uniqueIndexColumns(String table) throws SQLException {
        Map<String, List<String>> unique = new TreeMap<>();
        try (Connection connection = db().dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getIndexInfo(connection.getCatalog(), connection.getSchema(),
                     table, true, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                if (name != null && !rows.getBoolean("NON_UNIQUE")) {
                    unique.computeIfAbsent(name, n -> new ArrayList<>())
                            .add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(unique.values());
    }

    /** Foreign keys of {@code table} as {@code "column -> table.column on delete cascade|other"}. */
    private List<String> foreignKeys(String table) throws SQLException {
        try (Connection connection = db().dataSource().getConnection();
             ResultSet keys = connection.getMetaData().getImportedKeys(connection.getCatalog(), connection.getSchema(),
                     table)) {
            List<String> found = new ArrayList<>();
            while (keys.next()) {
                found.add(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT) + " -> "
                        + keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) + "."
                        + keys.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT) + " on delete "
                        + (keys.getShort("DELETE_RULE") == DatabaseMetaData.importedKeyCascade ? "cascade" : "other"));
            }
            return found;
        }
    }

    /** The primary-key columns of {@code table}, in key order. */
    private List<String> primaryKey(String table) throws SQLException {
        Map<Short, String> columns = new TreeMap<>();
        try (Connection connection = db().dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getPrimaryKeys(connection.getCatalog(), connection.getSchema(),
                     table)) {
            while (rows.next()) {
                columns.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(columns.values());
    }

    /** Columns of {@code table} in the connection's current schema, with portable type names. */
    private Map<String, Column> columns(String table) throws SQLException {
        Map<String, Column> columns = new TreeMap<>();
        try (Connection connection = db().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT column_name, data_type, is_nullable, column_default, character_maximum_length "
                             + "FROM information_schema.columns "
                             + "WHERE LOWER(table_name) = ? AND table_schema = CURRENT_SCHEMA")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String defaultValue = rows.getString(4);
                    columns.put(rows.getString(1).toLowerCase(Locale.ROOT), new Column(
                            portableType(rows.getString(2), rows.getObject(5) == null ? null : rows.getLong(5)),
                            rows.getString(3).equalsIgnoreCase("YES"),
                            defaultValue == null ? null : defaultValue.toLowerCase(Locale.ROOT)));
                }
            }
        }
        return columns;
    }

    /** Index name to its columns in order, for {@code table} in the current schema. */
    private Map<String, List<String>> indexes(String table) throws SQLException {
        Map<String, List<String>> indexes = new TreeMap<>();
        try (Connection connection = db().dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getIndexInfo(connection.getCatalog(), connection.getSchema(),
                     table, false, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                if (name != null) {
                    List<String> columns = indexes.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>());
                    int position = rows.getShort("ORDINAL_POSITION");
                    while (columns.size() < position) {
                        columns.add(null);
                    }
                    columns.set(position - 1, rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return indexes;
    }

    /**
     * A type name both databases agree on. H2 in PostgreSQL mode turns TEXT into an unbounded CHARACTER VARYING
     * (at most 1,000,000,000 characters); that counts as text.
     */
    private static String portableType(String type, Long maxLength) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "character varying", "varchar" -> maxLength == null || maxLength >= 1_000_000 ? "text" : "varchar";
            case "text", "character large object", "clob" -> "text";
            case "timestamp with time zone", "timestamptz" -> "timestamptz";
            case "binary varying", "varbinary", "bytea" -> "bytea";
            default -> type.toLowerCase(Locale.ROOT);
        };
    }
}
