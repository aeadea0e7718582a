package com.jobwise.export.adapters.rest.openapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.yml}: the OpenAPI 3 document the build generated from the controllers' annotations
 * ({@value #RESOURCE}), open to anyone. Read once at start-up.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Operations")
public class OpenApiController {
    /** Where the build puts the document on the classpath. */
    public static final String RESOURCE = "META-INF/swagger/openapi.yml";
    /** The YAML media type (RFC 9512). */
    public static final String YAML = "application/yaml";

    private final byte[] document;

    public OpenApiController() {
        this.document = load();
    }

    /** The document. */
    @Get(value = "/openapi.yml", produces = YAML)
    @Operation(summary = "This API's OpenAPI 3 document", operationId = "openapi")
    @ApiResponse(responseCode = "200", description = "The document, in YAML", content = @Content(mediaType = YAML,
            schema = @Schema(type = "string"), examples = @ExampleObject(name = "document",
            value = ApiExamples.OPENAPI_YAML)))
    public HttpResponse<byte[]> openApi() {
        return HttpResponse.ok(document).contentType(YAML).header("Cache-Control", "public, max-age=300");
    }

    /** The generated document's bytes. */
    static byte[] load() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build generates it (mvn process-classes)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
