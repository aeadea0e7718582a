package com.jobwise.export.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A database for one test class: PostgreSQL in a fresh schema dropped afterwards, or a private in-memory H2.
 * The PostgreSQL server is {@code TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}),
 * user {@code TEST_POSTGRES_USER} (default {@code postgres}), password {@code TEST_POSTGRES_PASSWORD}.
 */
public abstract class TestDatabase implements AutoCloseable {

    /** The {@code datasources.default.*} properties a context needs to use this database. */
    public abstract Map<String, Object> properties();

    /**
     * A new pool of at most {@code size} connections on this database (unmigrated: run {@link #migrate} on it
     * when needed); the caller closes it. Two pools stand for two instances of the service.
     */
    public HikariDataSource newPool(int size) {
        Map<String, Object> properties = properties();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl((String) properties.get("datasources.default.url"));
        pool.setUsername((String) properties.get("datasources.default.username"));
        pool.setPassword((String) properties.get("datasources.default.password"));
        pool.setMaximumPoolSize(size);
        return pool;
    }

    @Override
    public abstract void close();

    /** Applies {@code classpath:db/migration} as micronaut-flyway does; returns how many migrations ran. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate()
                .migrationsExecuted;
    }

    /** A fresh schema on the PostgreSQL test server; fails (never skips) when the server cannot be reached. */
    public static TestDatabase postgres() {
        return new Postgres();
    }

    /** A fresh in-memory H2 database in PostgreSQL mode, as the embedded run uses it. */
    static TestDatabase h2() {
        return new H2("jdbc:h2:mem:exports_" + randomSuffix() + ";" + H2_MODE + ";DB_CLOSE_DELAY=-1");
    }

    /** The H2 settings the bootstrap uses too: PostgreSQL mode, lower-case identifiers, NULLs last. */
    static final String H2_MODE = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    static String randomSuffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static final class Postgres extends TestDatabase {
        private static final String URL = env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        private static final String USER = env("TEST_POSTGRES_USER", "postgres");
        private static final String PASSWORD = env("TEST_POSTGRES_PASSWORD", "");

        private final String schema = "export_it_" + randomSuffix();

        Postgres() {
            try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new AssertionError("These tests need PostgreSQL at " + URL + " (user " + USER + "), which failed: "
                        + e.getMessage() + ". Start it (pg_ctlcluster --skip-systemctl-redirect 15 main start) or set "
                        + "TEST_POSTGRES_URL, TEST_POSTGRES_USER and TEST_POSTGRES_PASSWORD.", e);
            }
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of(
                    "datasources.default.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "datasources.default.username", USER,
                    "datasources.default.password", PASSWORD,
                    "datasources.default.driver-class-name", "org.postgresql.Driver",
                    "datasources.default.maximum-pool-size", 5);
        }

        @Override
        public void close() {
            try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test schema " + schema, e);
            }
        }

        @Override
        public String toString() {
            return "PostgreSQL schema " + schema;
        }
    }

    static final class H2 extends TestDatabase {
        private final String url;

        H2(String url) {
            this.url = url;
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of(
                    "datasources.default.url", url,
                    "datasources.default.username", "sa",
                    "datasources.default.password", "",
                    "datasources.default.driver-class-name", "org.h2.Driver",
                    "datasources.default.maximum-pool-size", 5);
        }

        @Override
        public void close() {
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("could not shut H2 down", e);
            }
        }

        @Override
        public String toString() {
            return "H2 " + url;
        }
    }
}
