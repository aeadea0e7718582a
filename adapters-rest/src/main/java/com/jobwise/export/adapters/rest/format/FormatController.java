package com.jobwise.export.adapters.rest.format;

import com.jobwise.export.adapters.rest.openapi.ErrorResponses;
import com.jobwise.export.domain.format.FormatCatalog;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import java.nio.charset.StandardCharsets;

/**
 * The formats catalogue ({@code GET /api/v1/exports/formats}) and the published JSON Schema of the {@code json}
 * format ({@code GET /api/v1/exports/formats/json/schema}, {@code application/schema+json}). Authenticated, like
 * the templates catalogue. Both answers are constant and cacheable.
 */
@Controller("/api/v1/exports/formats")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Formats")
public class FormatController {
    /** The JSON Schema media type. */
    public static final String SCHEMA_JSON = "application/schema+json";
    private static final String SCHEMA = load();
    private static final FormatListResponse FORMATS = FormatListResponse.from(FormatCatalog.all());

    private static String load() {
        try (InputStream in = FormatCatalog.class.getResourceAsStream(FormatCatalog.JSON_SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(FormatCatalog.JSON_SCHEMA_RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code GET /exports/formats}. */
    @Get
    @Operation(summary = "List export formats", operationId = "listFormats", description = "Every format with its "
            + "content type, extension, description, whether a synchronous route produces it (or only export jobs), "
            + "and the request options it honours.")
    @ApiResponse(responseCode = "200", description = "The formats", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FormatListResponse.class),
            examples = @ExampleObject(name = "formats", value = FormatExamples.FORMAT_LIST_RESPONSE)))
    @ErrorResponses.Authenticated
    public HttpResponse<FormatListResponse> list() {
        return HttpResponse.ok(FORMATS).header("Cache-Control", "private, max-age=3600");
    }

    /** {@code GET /exports/formats/json/schema}: the JSON Schema (draft 2020-12) every json export validates against. */
    @Get(value = "/json/schema", produces = SCHEMA_JSON)
    @Operation(summary = "JSON export schema", operationId = "jsonExportSchema", description = "The JSON Schema "
            + "(draft 2020-12) that every file of the json format validates against.")
    @ApiResponse(responseCode = "200", description = "The schema", content = @Content(mediaType = SCHEMA_JSON,
            schema = @Schema(type = "object"), examples = @ExampleObject(name = "schema",
            value = FormatExamples.JSON_SCHEMA)))
    @ErrorResponses.Authenticated
    public HttpResponse<String> jsonSchema() {
        return HttpResponse.ok(SCHEMA).contentType(SCHEMA_JSON).header("Cache-Control", "private, max-age=3600");
    }
}
