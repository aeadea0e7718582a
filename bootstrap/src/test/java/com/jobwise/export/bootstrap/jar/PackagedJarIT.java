package com.jobwise.export.bootstrap.jar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command, as a newcomer gets it: the packaged jar started as its own process with no
 * configuration at all (H2 and embedded S3 under its working directory, generated secret, demo token
 * printed), then a shipped sample imported and exported to PDF and DOCX over HTTP. Catches what the
 * in-process tests cannot: a class missing from the runnable jar, a resource not packaged.
 */
class PackagedJarIT {
    static final Pattern TOKEN = Pattern.compile("export TOKEN=(\\S+)");
    Process process;
    Path workDir;
    final StringBuffer output = new StringBuffer();

    @BeforeEach
    void start() throws Exception {
        Path jar = Path.of(System.getProperty("export.jar", "target/export-service.jar")).toAbsolutePath();
        assertThat(jar).exists();
        workDir = Files.createTempDirectory("export-jar");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString())
                .directory(workDir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("DATABASE_") || k.startsWith("S3_") || k.startsWith("JWT_")
                || k.startsWith("AWS_") || k.startsWith("EXPORT_") || k.startsWith("MICRONAUT_"));
        env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        env.put("LOG_FORMAT", "text");
        process = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.append(line).append('\n');
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        this.base = "http://127.0.0.1:" + port;
    }

    String base;

    @AfterEach
    void stop() throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    String awaitToken() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = TOKEN.matcher(output);
            if (m.find()) {
                return m.group(1);
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the jar printed no demo token; its output:\n" + output);
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    @Test
    void theRunnableJarExportsASampleWithNoConfiguration() throws Exception {
        String token = awaitToken();
        HttpClient http = HttpClient.newHttpClient();
        byte[] sample = Files.readAllBytes(Path.of("..", "examples", "generations", "resume-backend-engineer.json"));

        HttpResponse<String> generation = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/generations"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(generation.statusCode()).as(generation.body()).isEqualTo(201);
        String generationId = field(generation.body(), "id");

        for (String format : new String[] {"pdf", "docx"}) {
            HttpResponse<String> export = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/exports/" + format))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"generation_id\":\"" + generationId + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(export.statusCode()).as(format + ": " + export.body() + "\n" + output).isEqualTo(201);

            HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(base + field(export.body(), "download_url")))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).isEqualTo(200);
            if (format.equals("pdf")) {
                try (PDDocument pdf = Loader.loadPDF(file.body())) {
                    assertThat(new PDFTextStripper().getText(pdf)).contains("Jordan Alvarez-Nguyen", "Staff Software Engineer");
                }
            } else {
                assertThat(new String(file.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
            }
        }
        try (Stream<Path> stored = Files.walk(workDir.resolve("data"))) {
            assertThat(stored.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx")).count())
                    .isEqualTo(2);
        }
    }
}
