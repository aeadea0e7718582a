package com.jobwise.export.bootstrap.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as an operator deploys it, each part its own process: S3Proxy (its own JVM, {@code
 * org.gaul.s3proxy.Main}, filesystem store under the run directory, AWS v4 signatures with a fixed identity) and
 * the packaged jar ({@code java [@jvm.options] -jar export-service.jar}) configured by environment variables only,
 * against a PostgreSQL database the caller created. Ports are free loopback ports picked at start. Every process
 * id is appended to {@code pids} in the run directory so that {@code scripts/load.sh} can stop what is left if
 * this JVM dies; {@link #close()} stops both.
 */
final class Deployment implements AutoCloseable {
    static final String BUCKET = "exports";
    static final String S3_IDENTITY = "load-identity";
    static final String S3_CREDENTIAL = "load-credential-0123456789abcdef";

    private final Path runDir;
    private final List<Process> processes = new ArrayList<>();
    private Process s3;
    private Process service;
    private URI base;
    private String jwtSecret;
    private long startedNanos;

    Deployment(Path runDir) {
        this.runDir = runDir;
    }

    /**
     * Starts S3Proxy with {@code classpath} and waits until it answers.
     *
     * @throws IOException when it cannot start or does not answer within 60 s
     */
    URI startS3(String java, String classpath) throws IOException, InterruptedException {
        int port = freePort();
        Path store = runDir.resolve("s3");
        // a bucket of the filesystem store is a directory: the service expects its bucket to exist
        Files.createDirectories(store.resolve(BUCKET));
        Path properties = runDir.resolve("s3proxy.properties");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + S3_IDENTITY,
                "s3proxy.credential=" + S3_CREDENTIAL,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + store.toAbsolutePath()) + "\n");
        Path logback = runDir.resolve("s3proxy-logback.xml");
        Files.writeString(logback, """
                <configuration>
                  <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d %level %logger{30} %msg%n</pattern></encoder>
                  </appender>
                  <root level="WARN"><appender-ref ref="out"/></root>
                </configuration>
                """);
        ProcessBuilder builder = new ProcessBuilder(java, "-Dlogback.configurationFile=" + logback.toAbsolutePath(),
                "-cp", classpath, "org.gaul.s3proxy.Main", "--properties", properties.toAbsolutePath().toString())
                .directory(runDir.toFile()).redirectErrorStream(true)
                .redirectOutput(runDir.resolve("s3proxy.log").toFile());
        s3 = start(builder);
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        awaitStatus(s3, endpoint.resolve("/"), Duration.ofSeconds(60), "S3Proxy", "s3proxy.log", true);
        return endpoint;
    }

    /**
     * Starts the packaged jar against {@code databaseUrl} and the S3Proxy started before, with the JVM options file
     * when there is one, and waits for {@code /health/readiness} (or {@code /health} where there is no readiness
     * endpoint) to answer 200. With a {@code recording} path the service runs the flight recorder and writes it
     * there when it stops ({@link ServiceProfile}).
     *
     * @return the time from the process start to readiness
     * @throws IOException when it does not become ready within 180 s
     */
    Duration startService(String java, Path jar, Path jvmOptions, String databaseUrl, URI s3Endpoint,
                          Path recording) throws IOException, InterruptedException {
        int port = freePort();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        jwtSecret = "load-" + HexFormat.of().formatHex(secret);
        List<String> command = new ArrayList<>(List.of(java));
        if (jvmOptions != null && Files.isRegularFile(jvmOptions)) {
            command.add("@" + jvmOptions.toAbsolutePath());
        }
        if (recording != null) {
            // where the CPU goes (ServiceProfile): Java samples every 20 ms, written when the service stops
            command.add("-XX:StartFlightRecording=settings=default,dumponexit=true,filename=" + recording.toAbsolutePath());
        }
        command.addAll(List.of("-Djava.awt.headless=true", "-jar", jar.toAbsolutePath().toString()));
        Path workDir = Files.createDirectories(runDir.resolve("service"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(runDir.resolve("service.log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("DATABASE_") || k.startsWith("S3_") || k.startsWith("JWT_")
                || k.startsWith("AWS_") || k.startsWith("EXPORT_") || k.startsWith("MICRONAUT_")
                || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        env.putAll(serviceEnvironment(port, databaseUrl, s3Endpoint));
        startedNanos = System.nanoTime();
        service = start(builder);
        base = URI.create("http://127.0.0.1:" + port);
        URI readiness = base.resolve("/health/readiness");
        int status = awaitStatus(service, readiness, Duration.ofSeconds(180), "the service", "service.log", false);
        if (status == 404) {
            awaitStatus(service, base.resolve("/health"), Duration.ofSeconds(180), "the service", "service.log", false);
        }
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** The service's configuration: every variable an operator sets (README "Configuration"). */
    Map<String, String> serviceEnvironment(int port, String databaseUrl, URI s3Endpoint) {
        return Map.ofEntries(
                Map.entry("MALLOC_ARENA_MAX", "2"), // as ./run.sh starts it
                Map.entry("MICRONAUT_SERVER_PORT", Integer.toString(port)),
                Map.entry("DATABASE_URL", databaseUrl),
                Map.entry("DATABASE_USERNAME", "postgres"),
                Map.entry("DATABASE_PASSWORD", ""),
                Map.entry("S3_ENDPOINT", s3Endpoint.toString()),
                Map.entry("S3_EXPORTS_BUCKET", BUCKET),
                Map.entry("AWS_ACCESS_KEY_ID", S3_IDENTITY),
                Map.entry("AWS_SECRET_ACCESS_KEY", S3_CREDENTIAL),
                Map.entry("AWS_REGION", "us-east-1"),
                Map.entry("JWT_SECRET", jwtSecret),
                // the load is many exports per user: budgets and quota out of the way, no cleanup pass mid-run
                Map.entry("EXPORT_RATE_LIMITS_PDF_EXPORT_CAPACITY", "100000000"),
                Map.entry("EXPORT_FREE_QUOTA_BYTES", Long.toString(1L << 40)),
                Map.entry("EXPORT_CLEANUP_ENABLED", "false"));
    }

    /** The settings the report lists (secrets left out). */
    static List<String> reportedSettings() {
        return List.of("EXPORT_RATE_LIMITS_PDF_EXPORT_CAPACITY=100000000", "EXPORT_FREE_QUOTA_BYTES=1 TiB",
                "EXPORT_CLEANUP_ENABLED=false");
    }

    URI base() {
        return base;
    }

    String jwtSecret() {
        return jwtSecret;
    }

    long servicePid() {
        return service.pid();
    }

    long s3Pid() {
        return s3.pid();
    }

    private Process start(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        processes.add(process);
        Files.writeString(runDir.resolve("pids"), process.pid() + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        return process;
    }

    /**
     * Polls {@code uri} every 100 ms until it answers 200 (or 404: no such endpoint), or any status at all when
     * {@code anyStatus}; returns the status.
     */
    private int awaitStatus(Process process, URI uri, Duration limit, String what, String log, boolean anyStatus)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(what + " exited with status " + process.exitValue() + "; see "
                        + runDir.resolve(log));
            }
            try {
                int status = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (anyStatus || status == 200 || status == 404) {
                    return status;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IOException(what + " did not answer " + uri + " within " + limit.toSeconds() + " s; see "
                + runDir.resolve(log));
    }

    /** Stops the service, then S3Proxy (SIGTERM, then SIGKILL after 20 s). */
    void stopAll() throws InterruptedException {
        for (Process process : processes.reversed()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        }
        processes.clear();
    }

    @Override
    public void close() throws InterruptedException {
        stopAll();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
