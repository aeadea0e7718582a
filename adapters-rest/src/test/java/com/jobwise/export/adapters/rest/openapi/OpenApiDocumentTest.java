package com.jobwise.export.adapters.rest.openapi;

import com.jobwise.export.adapters.rest.TestTokens;
import com.jobwise.export.adapters.rest.openapi.OpenApiCoverage.Route;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated OpenAPI document, as served at {@code /openapi.yml}: it validates, describes every route the
 * application serves (and nothing else), and gives every body and error an example; Swagger UI serves it.
 */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
// micronaut-security's token introspection endpoint (/token_info) is on unless switched off; the service
// does not offer it, and application.yml must switch it off too (the bootstrap end-to-end test checks that).
@Property(name = "micronaut.security.endpoints.introspection.enabled", value = "false")
class OpenApiDocumentTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;

    HttpResponse<String> get(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURI() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    OpenAPI servedDocument() {
        HttpResponse<String> response = get("/openapi.yml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/yaml");
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(response.body(), null, options);
        assertThat(result.getMessages()).as("validation messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        return result.getOpenAPI();
    }

    /** Every route of the application; HEAD twins of GET routes (the framework adds them) excepted. */
    Set<Route> servedRoutes() {
        Set<Route> routes = router.uriRoutes()
                .map(route -> Route.of(route.getHttpMethodName(), route.getUriMatchTemplate().toPathString()))
                .collect(Collectors.toCollection(TreeSet::new));
        routes.removeIf(r -> r.method().equals("HEAD") && routes.contains(new Route("GET", r.path())));
        return routes;
    }

    @Test
    void theDocumentIsAValidOpenApi3Document() {
        OpenAPI document = servedDocument();

        assertThat(document.getOpenapi()).startsWith("3.");
        assertThat(document.getInfo().getTitle()).isEqualTo("Export service");
        assertThat(document.getComponents().getSecuritySchemes()).containsKey("bearerAuth");
        assertThat(document.getComponents().getSchemas()).containsKeys("Problem", "ExportRequest", "ExportResponse");
        assertThat(document.getComponents().getSchemas().get("ExportRequest").getProperties())
                .as("snake_case, as on the wire").containsKey("generation_id").doesNotContainKey("generationId");
    }

    @Test
    void everyServedRouteIsDocumentedAndNothingElse() {
        OpenAPI document = servedDocument();
        Set<Route> served = servedRoutes();

        // /health/{selector} (liveness, readiness) and /prometheus are micronaut-management endpoints; Swagger UI
        // is served by the router's static resources, which are not routes (and not in the document).
        assertThat(served).contains(Route.of("POST", "/api/v1/exports/pdf"), Route.of("GET", "/openapi.yml"),
                Route.of("GET", "/health/{selector}"), Route.of("GET", "/prometheus"));
        assertThat(OpenApiCoverage.undocumented(served, document)).as("routes missing from /openapi.yml").isEmpty();
        assertThat(OpenApiCoverage.documented(document)).as("documented operations that no route serves")
                .isSubsetOf(served);
    }

    @Test
    void everyBodyAndErrorHasAnExample() {
        assertThat(OpenApiCoverage.incompleteness(servedDocument())).isEmpty();
    }

    @Test
    void creatingPostsDocumentTheIdempotencyKeyAndItsErrors() {
        OpenAPI document = servedDocument();
        for (String path : Set.of("/api/v1/exports/pdf", "/api/v1/exports/docx", "/api/v1/exports/batch",
                "/api/v1/exports/preview", "/api/v1/generations", "/api/v1/exports/txt", "/api/v1/exports/md",
                "/api/v1/exports/html", "/api/v1/exports/json", "/api/v1/exports/csv", "/api/v1/exports/tex")) {
            Operation post = document.getPaths().get(path).getPost();
            assertThat(post.getParameters()).as(path).anyMatch(p -> "#/components/parameters/IdempotencyKey".equals(p.get$ref()));
            assertThat(post.getResponses()).as(path).containsKeys("409", "422", "413");
            assertThat(post.getResponses().get("422").getContent().get("application/problem+json").getExamples())
                    .as(path).containsKey("idempotency-key-reused");
        }
        assertThat(document.getComponents().getParameters().get("IdempotencyKey").getSchema().getMaxLength()).isEqualTo(255);
    }

    @Test
    void anonymousOperationsNeedNoTokenAndTheOthersTheBearerScheme() {
        OpenAPI document = servedDocument();

        assertThat(document.getPaths().get("/health").getGet().getSecurity()).isNullOrEmpty();
        assertThat(document.getPaths().get("/openapi.yml").getGet().getSecurity()).isNullOrEmpty();
        assertThat(document.getSecurity()).isNullOrEmpty();
        assertThat(document.getPaths().get("/api/v1/exports/pdf").getPost().getSecurity())
                .anyMatch(requirement -> requirement.containsKey("bearerAuth"));
    }

    @Test
    void theCoverageCheckFindsAnUndocumentedRoute() {
        OpenAPI document = servedDocument();
        Set<Route> served = new TreeSet<>(OpenApiCoverage.documented(document));
        served.add(Route.of("PUT", "/api/v1/exports/files/{export_id}"));
        served.add(Route.of("GET", "/api/v1/secret-admin"));

        assertThat(OpenApiCoverage.undocumented(served, document))
                .containsExactly(Route.of("GET", "/api/v1/secret-admin"), Route.of("PUT", "/api/v1/exports/files/{x}"));
    }

    @Test
    void theCompletenessCheckFindsMissingExamplesAndErrors() {
        OpenAPI bare = new OpenAPI().paths(new Paths().addPathItem("/x", new PathItem().post(new Operation()
                .operationId("x").summary("x").addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement()
                        .addList("bearerAuth"))
                .requestBody(new io.swagger.v3.oas.models.parameters.RequestBody()
                        .content(new Content().addMediaType("application/json", new MediaType())))
                .responses(new ApiResponses().addApiResponse("201", new ApiResponse().description("ok")
                        .content(new Content().addMediaType("application/json", new MediaType())))))));

        assertThat(OpenApiCoverage.incompleteness(bare)).containsExactlyInAnyOrder(
                "POST /x: request body application/json has no example",
                "POST /x: response 201 application/json has no example",
                "POST /x: needs a token but does not document 401",
                "POST /x: documents no error");
    }

    @Test
    void swaggerUiServesThePageItsAssetsAndPointsAtTheDocument() {
        HttpResponse<String> page = get("/swagger-ui");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        // micronaut-openapi's generated page: its files under /swagger-ui/res/, the document URL inline.
        assertThat(page.body()).contains("/swagger-ui/res/swagger-ui-bundle.js", "'/openapi.yml'");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe-eval");
        assertThat(csp).as("the inline script by hash, no other inline script")
                .containsPattern("script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}';");

        HttpResponse<String> bundle = get("/swagger-ui/res/swagger-ui-bundle.js");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.body().length()).isGreaterThan(100_000);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
        assertThat(get("/swagger-ui/res/swagger-ui.css").statusCode()).isEqualTo(200);

        assertThat(get("/swagger-ui/res/no-such-file.js").statusCode()).isEqualTo(404);
        assertThat(get("/swagger-ui/..%2F..%2F..%2Fpom.properties").statusCode()).isEqualTo(404);
    }
}
