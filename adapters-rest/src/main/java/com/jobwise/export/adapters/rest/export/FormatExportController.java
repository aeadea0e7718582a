package com.jobwise.export.adapters.rest.export;

import com.jobwise.export.adapters.rest.idempotency.Idempotent;
import com.jobwise.export.adapters.rest.ratelimit.RateLimited;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.adapters.rest.openapi.ErrorResponses;
import com.jobwise.export.adapters.rest.format.FormatExamples;
import com.jobwise.export.adapters.rest.security.CurrentUser;
import com.jobwise.export.application.export.ExportDocument;
import com.jobwise.export.domain.export.ExportFormat;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;


/**
 * The synchronous routes of the text-based formats, {@code POST /api/v1/exports/{txt|md|html|json|csv|tex}}:
 * the same body and answers as {@code /exports/pdf}, through the same use case ({@link ExportDocument}), so
 * the file is stored in S3, listed, downloaded, expired and counted in the storage quota like a PDF; each
 * spends one unit of the pdf export rate limit ({@code RateLimitFilter}) and honours {@code Idempotency-Key}.
 */
@Controller("/api/v1/exports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Exports")
public class FormatExportController {
    private static final String COMMON = "Same body as /exports/pdf; the file is stored (kept 30 days), listed, "
            + "downloaded and counted in the quota like any export. Spends one unit of the pdf export rate limit "
            + "(RateLimit-* headers).";

    private final ExportDocument exportDocument;

    public FormatExportController(ExportDocument exportDocument) {
        this.exportDocument = exportDocument;
    }

    /** {@code POST /exports/txt} → 201 with the export. */
    @Post("/txt")
    @Idempotent
    @RateLimited(RateLimitedOperation.PDF_EXPORT)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Export to plain text", operationId = "exportTxt", description = "Writes the generation as plain UTF-8 text for applicant tracking systems: headings in capitals, one line per bullet, no markup. "
            + COMMON, requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportRequest.class),
                    examples = @ExampleObject(name = "txt", value = FormatExamples.EXPORT_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The export was created", headers = {
            @Header(name = "RateLimit-Remaining", description = "Units left in the window",
                    schema = @Schema(type = "integer", example = "9")),
            @Header(name = "Idempotency-Replayed", description = "true when this is a replayed first response",
                    schema = @Schema(type = "string", example = "true"))}, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponse.class),
            examples = @ExampleObject(name = "txt", value = FormatExamples.EXPORT_TXT_RESPONSE)))
    @ErrorResponses.ExportFailures
    @ErrorResponses.Authenticated
    @ErrorResponses.Idempotent
    @ErrorResponses.RateLimited
    @ErrorResponses.Renders
    public ExportResponse exportTxt(@Body ExportRequest request, Authentication authentication) {
        return export(request, authentication, ExportFormat.TXT);
    }

    /** {@code POST /exports/md} → 201 with the export. */
    @Post("/md")
    @Idempotent
    @RateLimited(RateLimitedOperation.PDF_EXPORT)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Export to Markdown", operationId = "exportMarkdown", description = "Writes the generation as CommonMark; user text is escaped, so it renders as written. "
            + COMMON, requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportRequest.class),
                    examples = @ExampleObject(name = "md", value = FormatExamples.EXPORT_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The export was created", headers = {
            @Header(name = "RateLimit-Remaining", description = "Units left in the window",
                    schema = @Schema(type = "integer", example = "9")),
            @Header(name = "Idempotency-Replayed", description = "true when this is a replayed first response",
                    schema = @Schema(type = "string", example = "true"))}, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponse.class),
            examples = @ExampleObject(name = "md", value = FormatExamples.EXPORT_MARKDOWN_RESPONSE)))
    @ErrorResponses.ExportFailures
    @ErrorResponses.Authenticated
    @ErrorResponses.Idempotent
    @ErrorResponses.RateLimited
    @ErrorResponses.Renders
    public ExportResponse exportMarkdown(@Body ExportRequest request, Authentication authentication) {
        return export(request, authentication, ExportFormat.MARKDOWN);
    }

    /** {@code POST /exports/html} → 201 with the export. */
    @Post("/html")
    @Idempotent
    @RateLimited(RateLimitedOperation.PDF_EXPORT)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Export to HTML", operationId = "exportHtml", description = "Writes the generation as one standalone, responsive web page in the template's look (styles inline, system fonts, no script, no remote resource). "
            + COMMON, requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportRequest.class),
                    examples = @ExampleObject(name = "html", value = FormatExamples.EXPORT_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The export was created", headers = {
            @Header(name = "RateLimit-Remaining", description = "Units left in the window",
                    schema = @Schema(type = "integer", example = "9")),
            @Header(name = "Idempotency-Replayed", description = "true when this is a replayed first response",
                    schema = @Schema(type = "string", example = "true"))}, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponse.class),
            examples = @ExampleObject(name = "html", value = FormatExamples.EXPORT_HTML_RESPONSE)))
    @ErrorResponses.ExportFailures
    @ErrorResponses.Authenticated
    @ErrorResponses.Idempotent
    @ErrorResponses.RateLimited
    @ErrorResponses.Renders
    public ExportResponse exportHtml(@Body ExportRequest request, Authentication authentication) {
        return export(request, authentication, ExportFormat.HTML);
    }

    /** {@code POST /exports/json} → 201 with the export. */
    @Post("/json")
    @Idempotent
    @RateLimited(RateLimitedOperation.PDF_EXPORT)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Export to JSON", operationId = "exportJson", description = "Writes the structured content plus export metadata as JSON, valid against the schema at /api/v1/exports/formats/json/schema. "
            + COMMON, requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportRequest.class),
                    examples = @ExampleObject(name = "json", value = FormatExamples.EXPORT_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The export was created", headers = {
            @Header(name = "RateLimit-Remaining", description = "Units left in the window",
                    schema = @Schema(type = "integer", example = "9")),
            @Header(name = "Idempotency-Replayed", description = "true when this is a replayed first response",
                    schema = @Schema(type = "string", example = "true"))}, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponse.class),
            examples = @ExampleObject(name = "json", value = FormatExamples.EXPORT_JSON_RESPONSE)))
    @ErrorResponses.ExportFailures
    @ErrorResponses.Authenticated
    @ErrorResponses.Idempotent
    @ErrorResponses.RateLimited
    @ErrorResponses.Renders
    public ExportResponse exportJson(@Body ExportRequest request, Authentication authentication) {
        return export(request, authentication, ExportFormat.JSON);
    }

    /** {@code POST /exports/csv} → 201 with the export. */
    @Post("/csv")
    @Idempotent
    @RateLimited(RateLimitedOperation.PDF_EXPORT)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Export to CSV", operationId = "exportCsv", description = "Writes one row per entry (section, title, organisation, location, start, end, description, bullets), RFC 4180, UTF-8 with BOM, formulas neutralised. "
            + COMMON, requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportRequest.class),
                    examples = @ExampleObject(name = "csv", value = FormatExamples.EXPORT_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The export was created", headers = {
            @Header(name = "RateLimit-Remaining", description = "Units left in the window",
                    schema = @Schema(type = "integer", example = "9")),
            @Header(name = "Idempotency-Replayed", description = "true when this is a replayed first response",
                    schema = @Schema(type = "string", example = "true"))}, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponse.class),
            examples = @ExampleObject(name = "csv", value = FormatExamples.EXPORT_CSV_RESPONSE)))
    @ErrorResponses.ExportFailures
    @ErrorResponses.Authenticated
    @ErrorResponses.Idempotent
    @ErrorResponses.RateLimited
    @ErrorResponses.Renders
    public ExportResponse exportCsv(@Body ExportRequest request, Authentication authentication) {
        return export(request, authentication, ExportFormat.CSV);
    }

    /** {@code POST /exports/tex} → 201 with the export. */
    @Post("/tex")
    @Idempotent
    @RateLimited(RateLimitedOperation.PDF_EXPORT)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Export to LaTeX", operationId = "exportTex", description = "Writes a LaTeX source (classic look) that compiles with pdflatex or on Overleaf unchanged; every special character escaped. "
            + COMMON, requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportRequest.class),
                    examples = @ExampleObject(name = "tex", value = FormatExamples.EXPORT_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The export was created", headers = {
            @Header(name = "RateLimit-Remaining", description = "Units left in the window",
                    schema = @Schema(type = "integer", example = "9")),
            @Header(name = "Idempotency-Replayed", description = "true when this is a replayed first response",
                    schema = @Schema(type = "string", example = "true"))}, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponse.class),
            examples = @ExampleObject(name = "tex", value = FormatExamples.EXPORT_TEX_RESPONSE)))
    @ErrorResponses.ExportFailures
    @ErrorResponses.Authenticated
    @ErrorResponses.Idempotent
    @ErrorResponses.RateLimited
    @ErrorResponses.Renders
    public ExportResponse exportTex(@Body ExportRequest request, Authentication authentication) {
        return export(request, authentication, ExportFormat.TEX);
    }

    private ExportResponse export(ExportRequest request, Authentication authentication, ExportFormat format) {
        return ExportResponse.created(exportDocument.execute(request.toCommand(CurrentUser.of(authentication), format)));
    }
}
