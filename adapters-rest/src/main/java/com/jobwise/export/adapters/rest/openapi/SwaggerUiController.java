package com.jobwise.export.adapters.rest.openapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Swagger UI at {@code /swagger-ui}, showing {@code /openapi.yml}. The page and a small initializer script are
 * the service's own; the UI's CSS and JavaScript come from the {@code org.webjars:swagger-ui} jar, and only
 * the files listed in {@link #ASSETS} are served (no path from the request reaches the class loader). The
 * page's Content-Security-Policy allows scripts from this origin only.
 */
@Controller("/swagger-ui")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Operations")
public class SwaggerUiController {
    /** The page's policy: everything from this origin; Swagger UI sets inline styles and data: images. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'";
    /** The webjar files served, by name, with their media types. */
    static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css",
            "index.css", "text/css",
            "swagger-ui-bundle.js", "text/javascript",
            "swagger-ui-standalone-preset.js", "text/javascript",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="UTF-8">
              <title>Export service API</title>
              <link rel="stylesheet" href="/swagger-ui/swagger-ui.css">
              <link rel="stylesheet" href="/swagger-ui/index.css">
              <link rel="icon" type="image/png" href="/swagger-ui/favicon-32x32.png" sizes="32x32">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/swagger-ui/swagger-ui-bundle.js"></script>
              <script src="/swagger-ui/swagger-ui-standalone-preset.js"></script>
              <script src="/swagger-ui/swagger-initializer.js"></script>
            </body>
            </html>
            """;

    static final String INITIALIZER = """
            window.onload = function () {
              window.ui = SwaggerUIBundle({
                url: "/openapi.yml",
                dom_id: "#swagger-ui",
                deepLinking: true,
                presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                layout: "StandaloneLayout"
              });
            };
            """;

    private final String webjarRoot;

    public SwaggerUiController() {
        this.webjarRoot = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    }

    /** The page. */
    @Get(produces = MediaType.TEXT_HTML)
    @Operation(summary = "Swagger UI for this API", operationId = "swaggerUi")
    @ApiResponse(responseCode = "200", description = "The HTML page", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = "string"), examples = @ExampleObject(name = "page", value = ApiExamples.SWAGGER_UI_HTML)))
    public HttpResponse<String> page() {
        return HttpResponse.ok(PAGE).contentType(MediaType.TEXT_HTML_TYPE).header("Content-Security-Policy", CSP)
                .header("Cache-Control", "no-cache");
    }

    /** One of the UI's static files, or the initializer pointing at {@code /openapi.yml}. */
    @Get("/{file}")
    @Operation(summary = "Swagger UI's static files", operationId = "swaggerUiAsset")
    @ApiResponse(responseCode = "200", description = "The file (CSS, JavaScript or PNG)", content = @Content(
            mediaType = "text/javascript", schema = @Schema(type = "string"),
            examples = @ExampleObject(name = "script", value = ApiExamples.SWAGGER_UI_ASSET)))
    @ApiResponse(responseCode = "404", description = "Not one of the UI's files", content = @Content(
            mediaType = com.jobwise.export.adapters.rest.error.Problem.MEDIA_TYPE,
            schema = @Schema(implementation = com.jobwise.export.adapters.rest.error.Problem.class),
            examples = @ExampleObject(name = "not-found", value = ApiExamples.PROBLEM_404_ASSET)))
    public HttpResponse<?> asset(@Parameter(description = "File name", example = "swagger-ui.css")
                                 @PathVariable String file) {
        if (file.equals("swagger-initializer.js")) {
            return HttpResponse.ok(INITIALIZER.getBytes(StandardCharsets.UTF_8)).contentType("text/javascript")
                    .header("Cache-Control", "no-cache");
        }
        String type = ASSETS.get(file);
        if (type == null) {
            return HttpResponse.notFound();
        }
        try (InputStream in = SwaggerUiController.class.getClassLoader().getResourceAsStream(webjarRoot + file)) {
            if (in == null) {
                return HttpResponse.notFound();
            }
            return HttpResponse.ok(in.readAllBytes()).contentType(type).header("Cache-Control", "public, max-age=86400");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The webjar's version, from its Maven metadata. */
    static String webjarVersion() {
        try (InputStream in = SwaggerUiController.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("org.webjars:swagger-ui is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
