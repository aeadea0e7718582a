package com.jobwise.export.bootstrap.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import com.jobwise.export.bootstrap.operations.HealthResults;
import com.jobwise.export.bootstrap.operations.ServiceWarmUp;
import com.jobwise.export.bootstrap.RenderingSettings;
import com.jobwise.export.application.template.RenderGate;
import com.jobwise.export.application.export.WarmUpStorage;
import com.jobwise.export.domain.export.IObjectStore;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operations on the real service (PostgreSQL, S3 on S3Proxy), configured only by its own application.yml:
 * health probes, Prometheus metrics after real exports, security headers and request ids on every response,
 * the 1 MB body limit, and an OpenAPI document that describes every route the running application serves.
 */
class OperationsEndToEndTest {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static RunningService service;
    static JsonMapper json;
    static String user;

    @BeforeAll
    static void start() {
        service = RunningService.onPostgres();
        json = service.context().getBean(JsonMapper.class);
        user = "ops-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    static URI uri(String path) {
        return URI.create(service.context().getBean(EmbeddedServer.class).getURI() + path);
    }

    static HttpResponse<String> send(java.net.http.HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static java.net.http.HttpRequest.Builder get(String path) {
        return java.net.http.HttpRequest.newBuilder(uri(path));
    }

    static java.net.http.HttpRequest.Builder authed(String path) {
        return get(path).header("Authorization", "Bearer " + service.token(user));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String body) {
        try {
            return json.readValue(body, Map.class);
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }

    static String exportPdf() {
        Map<String, Object> sample = Samples.all(json).stream()
                .filter(e -> e.getKey().equals("resume-new-graduate.json")).findFirst().orElseThrow().getValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> generation = service.http().retrieve(service.as(user,
                HttpRequest.POST("/api/v1/generations", sample)), Map.class);
        HttpResponse<String> export = send(authed("/api/v1/exports/pdf").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"generation_id\":\"" + generation.get("id") + "\",\"template\":\"classic\"}")));
        assertThat(export.statusCode()).isEqualTo(201);
        return export.body();
    }

    static double sample(String scrape, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name + "{" + labels + "}") + " (\\S+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void livenessAndReadinessCheckTheDatabaseAndS3() {
        HttpResponse<String> liveness = send(get("/health/liveness"));
        HttpResponse<String> readiness = send(get("/health/readiness"));
        HttpResponse<String> health = send(get("/health"));

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(health.statusCode()).isEqualTo(200);
        Map<String, Object> body = parse(readiness.body());
        assertThat(body).containsEntry("status", "UP");
        // micronaut-management, details-visible: NEVER: callers see the status only; the indicators behind it
        // are micronaut's JDBC indicator and our storage indicator.
        assertThat(body).containsOnlyKeys("status");
        assertThat(indicators(service.context())).containsEntry("jdbc", HealthStatus.UP).containsEntry("storage", HealthStatus.UP);
    }

    /** The status of every health indicator of {@code context}, by the indicator's name. */
    static Map<String, HealthStatus> indicators(ApplicationContext context) {
        Map<String, HealthStatus> statuses = new TreeMap<>();
        for (HealthIndicator indicator : context.getBeansOfType(HealthIndicator.class)) {
            HealthResult result = HealthResults.first(indicator);
            if (result != null) {
                statuses.put(result.getName(), result.getStatus());
            }
        }
        return statuses;
    }

    @Test
    void prometheusShowsExportDurationsSizesErrorsAndTheJvm() {
        long size = ((Number) parse(exportPdf()).get("file_size_bytes")).longValue();
        send(authed("/api/v1/exports/files/" + UUID.randomUUID() + "/download"));

        HttpResponse<String> scrape = send(get("/prometheus"));

        assertThat(scrape.statusCode()).isEqualTo(200);
        String text = scrape.body();
        assertThat(sample(text, "export_duration_seconds_count", "format=\"pdf\",template=\"classic\"")).isGreaterThanOrEqualTo(1);
        assertThat(text).contains("export_duration_seconds_bucket{format=\"pdf\",template=\"classic\",le=\"1.0\"}");
        assertThat(sample(text, "export_file_size_bytes_max", "format=\"pdf\"")).isGreaterThanOrEqualTo(size);
        assertThat(text).contains("export_file_size_bytes_bucket{format=\"pdf\",le=\"102400.0\"}");
        assertThat(sample(text, "http_server_errors_total", "kind=\"ExportNotFoundException\",status=\"404\"")).isGreaterThanOrEqualTo(1);
        assertThat(text).contains("jvm_memory_used_bytes{", "process_uptime_seconds", "jvm_gc_");
        assertThat(text).doesNotContain(user);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndARequestId() {
        List<HttpResponse<String>> responses = List.of(
                send(authed("/api/v1/exports/templates")),
                send(get("/api/v1/exports/templates")),
                send(authed("/api/v1/exports/files/" + UUID.randomUUID() + "/download")),
                send(get("/health")),
                send(get("/openapi.yml")),
                send(get("/swagger-ui")),
                send(get("/prometheus")),
                send(authed("/api/v1/exports/templates").header("X-Request-Id", "e2e-trace-1")));

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(200, 401, 404, 200, 200, 200, 200, 200);
        for (HttpResponse<String> response : responses) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000; includeSubDomains");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        }
        assertThat(responses.getLast().headers().firstValue("X-Request-Id")).contains("e2e-trace-1");
        assertThat(responses.get(2).headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void aJsonBodyOverOneMegabyteAnswers413() {
        String big = "{\"document_type\":\"resume\",\"content_text\":\"" + "x".repeat(1_100_000) + "\"}";

        HttpResponse<String> response = send(authed("/api/v1/generations").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(big)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(parse(response.body())).containsKey("detail");
    }

    @Test
    void withoutAnAllowListNoOriginMayCallTheApi() {
        HttpResponse<String> preflight = send(get("/api/v1/exports/pdf").header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", BodyPublishers.noBody()));

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesEveryRouteOfTheRunningService() {
        HttpResponse<String> document = send(get("/openapi.yml"));
        assertThat(document.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) new Yaml()
                .<Map<String, Object>>load(document.body()).get("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(method ->
                documented.add(method.toUpperCase(Locale.ROOT) + " " + normalize(path))));

        Set<String> served = service.context().getBean(Router.class).uriRoutes()
                .map(r -> r.getHttpMethodName() + " " + normalize(r.getUriMatchTemplate().toPathString()))
                .collect(Collectors.toCollection(TreeSet::new));
        served.removeIf(r -> r.startsWith("HEAD ") && served.contains("GET " + r.substring(5)));

        assertThat(served).contains("POST /api/v1/exports/pdf", "GET /health/{}", "GET /prometheus");
        assertThat(served).as("routes the running service serves that /openapi.yml does not describe")
                .isSubsetOf(documented);
    }

    @Test
    void readinessFailsWhenTheDatabaseIsGoneWhileLivenessStaysUp() throws Exception {
        try (RunningService embedded = RunningService.embeddedDefaults()) {
            URI base = embedded.context().getBean(EmbeddedServer.class).getURI();
            assertThat(send(java.net.http.HttpRequest.newBuilder(base.resolve("/health/readiness"))).statusCode()).isEqualTo(200);

            ((AutoCloseable) embedded.pool()).close();

            HttpResponse<String> readiness = send(java.net.http.HttpRequest.newBuilder(base.resolve("/health/readiness")));
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(parse(readiness.body())).containsEntry("status", "DOWN").containsOnlyKeys("status");
            assertThat(indicators(embedded.context())).containsEntry("jdbc", HealthStatus.DOWN)
                    .containsEntry("storage", HealthStatus.UP);
            assertThat(send(java.net.http.HttpRequest.newBuilder(base.resolve("/health/liveness"))).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void readinessWaitsForTheBackgroundWarmUpWhichLeavesNothingInStorageAndTheGateTakesItsSettings() throws Exception {
        try (RunningService warming = RunningService.onPostgres(Map.of("export.rendering.warm-up.enabled", true,
                "export.rendering.warm-up.rounds", 1, "export.rendering.concurrency", 3, "export.rendering.queue", 5))) {
            URI base = warming.context().getBean(EmbeddedServer.class).getURI();
            ServiceWarmUp warmUp = warming.context().getBean(ServiceWarmUp.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            int status;
            do {
                boolean doneBefore = warmUp.isDone();
                status = send(java.net.http.HttpRequest.newBuilder(base.resolve("/health/readiness"))).statusCode();
                if (!doneBefore && !warmUp.isDone()) {
                    assertThat(status).as("readiness while warming up").isEqualTo(503);
                }
                Thread.sleep(100);
            } while (status != 200 && System.nanoTime() < deadline);

            assertThat(status).isEqualTo(200);
            assertThat(warmUp.isDone()).isTrue();
            assertThat(indicators(warming.context())).containsEntry("warm-up", HealthStatus.UP);
            assertThat(warming.context().getBean(RenderingSettings.class).getWarmUp().getRounds()).isEqualTo(1);
            RenderGate gate = warming.context().getBean(RenderGate.class);
            assertThat(gate.concurrency()).isEqualTo(3);
            assertThat(gate.queue()).isEqualTo(5);
            assertThat(warming.context().getBean(IObjectStore.class).list(WarmUpStorage.PREFIX)).isEmpty();
        }
    }

    static String normalize(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
