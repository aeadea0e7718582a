package com.jobwise.export.bootstrap.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import com.jobwise.export.adapters.rest.security.HmacTokenIssuer;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The whole application started as in production, on a random port: PostgreSQL (a fresh schema in
 * database {@code test} at 127.0.0.1:5432, dropped on close) or H2, and S3 on the embedded S3Proxy
 * server in a temporary directory. Gives an HTTP client and tokens for any user.
 */
final class RunningService implements AutoCloseable {
    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String SECRET = "e2e-secret-0123456789-abcdefghijklmnopqrstuvwxyz";

    private final EmbeddedServer server;
    private final HttpClient client;
    private final Path dataDir;
    private final String schema;

    private RunningService(EmbeddedServer server, Path dataDir, String schema) {
        this.server = server;
        this.client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
        this.dataDir = dataDir;
        this.schema = schema;
    }

    /** Starts the service on PostgreSQL; fails clearly when PostgreSQL is not running. */
    static RunningService onPostgres() {
        return onPostgres(Map.of());
    }

    /** Starts the service on a fresh PostgreSQL schema with extra configuration properties. */
    static RunningService onPostgres(Map<String, Object> extra) {
        String schema = "e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must run at 127.0.0.1:5432 (database test, user postgres); "
                    + "./test.sh starts it", e);
        }
        return start(postgresProperties(schema, extra), schema);
    }

    /**
     * A second instance of the service on the same database schema and the same S3 directory as
     * {@code first}, as a load balancer would run it. Closing it leaves the schema to {@code first}.
     */
    static RunningService sharing(RunningService first, Map<String, Object> extra) {
        Map<String, Object> properties = postgresProperties(first.schema, extra);
        properties.put("export.s3.embedded-dir", first.dataDir.resolve("s3-second").toString());
        return start(properties, null);
    }

    private static Map<String, Object> postgresProperties(String schema, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("datasources.default.url", POSTGRES_URL + "?currentSchema=" + schema);
        properties.put("datasources.default.username", "postgres");
        properties.put("datasources.default.password", "");
        return properties;
    }

    /** Starts the service with its embedded defaults (H2 file database, embedded S3), in a temporary directory. */
    static RunningService embeddedDefaults() {
        return start(new HashMap<>(), null);
    }

    private static RunningService start(Map<String, Object> properties, String schema) {
        try {
            Path dataDir = Files.createTempDirectory("export-e2e");
            properties.put("micronaut.server.port", -1);
            properties.put("export.security.jwt-secret", SECRET);
            // The client's default 10 s read timeout is too short for a first PDF on a loaded 2-core machine.
            properties.putIfAbsent("micronaut.http.client.read-timeout", "60s");
            // Tests start many contexts and ask for readiness at once: no background warm-up (ServiceWarmUpTest's).
            properties.putIfAbsent("export.rendering.warm-up.enabled", false);
            // "/./" as in the default "./data/s3": the embedded server must cope with such paths.
            properties.putIfAbsent("export.s3.embedded-dir", dataDir + "/./s3");
            properties.putIfAbsent("datasources.default.url", "jdbc:h2:file:" + dataDir.resolve("db")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
            return new RunningService(server, dataDir, schema);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    ApplicationContext context() {
        return server.getApplicationContext();
    }

    /**
     * The service's connection pool itself, for plain JDBC in tests: the {@code DataSource} bean is Micronaut
     * Data's contextual wrapper, whose connections exist only inside {@code @Transactional} code.
     */
    DataSource pool() {
        return DelegatingDataSource.unwrapDataSource(context().getBean(DataSource.class));
    }

    BlockingHttpClient http() {
        return client.toBlocking();
    }

    /** A valid token for {@code user}. */
    String token(String user) {
        return context().getBean(HmacTokenIssuer.class).issue(user, "free", Duration.ofHours(1));
    }

    <T> MutableHttpRequest<T> as(String user, MutableHttpRequest<T> request) {
        return request.bearerAuth(token(user));
    }

    /** The status code {@code request} gets, error or not. */
    int status(HttpRequest<?> request) {
        try {
            return http().exchange(request, Argument.of(String.class), Argument.of(String.class)).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    Path dataDir() {
        return dataDir;
    }

    /** The PostgreSQL schema of this service ({@code null} on H2 or for a second instance). */
    String schema() {
        return schema;
    }

    @Override
    public void close() throws Exception {
        client.close();
        server.getApplicationContext().close();
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static HttpRequest<?> get(String path) {
        return HttpRequest.GET(path);
    }
}
