package com.jobwise.export.adapters.rest.export;

import com.jobwise.export.adapters.rest.idempotency.Idempotent;
import com.jobwise.export.adapters.rest.ratelimit.RateLimited;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;

import com.jobwise.export.adapters.rest.security.CurrentUser;
import com.jobwise.export.adapters.rest.error.Problem;
import com.jobwise.export.adapters.rest.openapi.ApiExamples;
import com.jobwise.export.adapters.rest.openapi.ErrorResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.jobwise.export.application.export.DeleteExport;
import com.jobwise.export.application.export.DownloadExport;
import com.jobwise.export.application.export.ExportBatch;
import com.jobwise.export.application.export.ExportDocument;
import com.jobwise.export.application.export.ExportDownload;
import com.jobwise.export.application.export.ListExports;
import com.jobwise.export.application.export.ListExportsQuery;
import com.jobwise.export.domain.export.ContentDisposition;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.InvalidOptionException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/**
 * The export routes of the API spec under {@code /api/v1/exports}: create PDF, DOCX and batch exports, list,
 * download and delete the caller's files. Every route requires a bearer token and is scoped by its
 * user; another user's export answers 404.
 */
@Controller("/api/v1/exports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Exports")
public class ExportController {
    private final ExportDocument exportDocument;
    private final ListExports listExports;
    private final DownloadExport downloadExport;
    private final DeleteExport deleteExport;
    private final ExportBatch exportBatch;
    private final DownloadSettings downloads;

    public ExportController(ExportDocument exportDocument, ListExports listExports, DownloadExport downloadExport,
                            DeleteExport deleteExport, ExportBatch exportBatch, DownloadSettings downloads) {
        this.exportDocument = exportDocument;
        this.listExports = listExports;
        this.downloadExport = downloadExport;
        this.deleteExport = deleteExport;
        this.exportBatch = exportBatch;
        this.downloads = downloads;
    }

    /** {@code POST /exports/batch} → 201 with per-item results and the optional ZIP (spec: "Batch Export"). */
    @Post("/batch")
    @Idempotent
    @RateLimited(RateLimitedOperation.BATCH_EXPORT)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Batch export", operationId = "exportBatch", description = "Exports up to 10 generations "
            + "at once (each in any format of GET /exports/formats), optionally packaged as one ZIP export. "
            + "Items fail one by one: the answer "
            + "lists each item's status.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchRequest.class),
                    examples = @ExampleObject(name = "resume-and-letter", value = ApiExamples.BATCH_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The batch ran; see each item's status", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResponse.class),
            examples = @ExampleObject(name = "batch", value = ApiExamples.BATCH_RESPONSE)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON or Idempotency-Key", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "malformed-json", value = ApiExamples.PROBLEM_400_MALFORMED),
            @ExampleObject(name = "invalid-idempotency-key", value = ApiExamples.PROBLEM_400_IDEMPOTENCY_KEY)}))
    @ApiResponse(responseCode = "422", description = "Invalid batch (no items, more than 10, unknown format) or "
            + "Idempotency-Key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "too-many-items", value = ApiExamples.PROBLEM_422_BATCH),
            @ExampleObject(name = "idempotency-key-reused", value = ApiExamples.PROBLEM_422_IDEMPOTENCY)}))
    @ErrorResponses.Authenticated
    @ErrorResponses.Idempotent
    @ErrorResponses.RateLimited
    @ErrorResponses.BodyLimited
    public BatchResponse exportBatch(@Body BatchRequest request, Authentication authentication) {
        return BatchResponse.from(exportBatch.execute(request.toCommand(CurrentUser.of(authentication))));
    }

    /** {@code POST /exports/pdf} → 201 with the export (spec: "Export to PDF"). */
    @Post("/pdf")
    @Idempotent
    @RateLimited(RateLimitedOperation.PDF_EXPORT)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Export to PDF", operationId = "exportPdf", description = "Renders the "
            + "generation with the template and options, stores the file (kept 30 days) and answers its metadata. "
            + "Spends one unit of the pdf export rate limit (RateLimit-* headers).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportRequest.class),
                    examples = @ExampleObject(name = "modern", value = ApiExamples.EXPORT_PDF_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The export was created", headers = {
            @Header(name = "RateLimit-Remaining", description = "Units left in the window",
                    schema = @Schema(type = "integer", example = "9")),
            @Header(name = "Idempotency-Replayed", description = "true when this is a replayed first response",
                    schema = @Schema(type = "string", example = "true"))}, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponse.class),
            examples = @ExampleObject(name = "pdf", value = ApiExamples.EXPORT_PDF_RESPONSE)))
    @ErrorResponses.ExportFailures
    @ErrorResponses.Authenticated
    @ErrorResponses.Idempotent
    @ErrorResponses.RateLimited
    @ErrorResponses.Renders
    public ExportResponse exportPdf(@Body ExportRequest request, Authentication authentication) {
        return ExportResponse.created(exportDocument.execute(
                request.toCommand(CurrentUser.of(authentication), ExportFormat.PDF)));
    }

    /** {@code POST /exports/docx} → 201 with the export (spec: "Export to DOCX"). */
    @Post("/docx")
    @Idempotent
    @RateLimited(RateLimitedOperation.DOCX_EXPORT)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Export to DOCX", operationId = "exportDocx", description = "Renders the "
            + "generation with the template and options, stores the file (kept 30 days) and answers its metadata. "
            + "Spends one unit of the docx export rate limit (RateLimit-* headers).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportRequest.class),
                    examples = @ExampleObject(name = "classic", value = ApiExamples.EXPORT_DOCX_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The export was created", headers = {
            @Header(name = "RateLimit-Remaining", description = "Units left in the window",
                    schema = @Schema(type = "integer", example = "9")),
            @Header(name = "Idempotency-Replayed", description = "true when this is a replayed first response",
                    schema = @Schema(type = "string", example = "true"))}, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponse.class),
            examples = @ExampleObject(name = "docx", value = ApiExamples.EXPORT_DOCX_RESPONSE)))
    @ErrorResponses.ExportFailures
    @ErrorResponses.Authenticated
    @ErrorResponses.Idempotent
    @ErrorResponses.RateLimited
    @ErrorResponses.Renders
    public ExportResponse exportDocx(@Body ExportRequest request, Authentication authentication) {
        return ExportResponse.created(exportDocument.execute(
                request.toCommand(CurrentUser.of(authentication), ExportFormat.DOCX)));
    }

    /**
     * {@code POST /exports/json-resume} → 201 with the export: the content as a JSON Resume document (schema
     * v1.0.0, {@code .json}); spends the DOCX export budget.
     */
    @Post("/json-resume")
    @Idempotent
    // JSON Resume exports share the DOCX budget (same numbers, one counter).
    @RateLimited(RateLimitedOperation.DOCX_EXPORT)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Export to JSON Resume", operationId = "exportJsonResume", description = "Writes the "
            + "generation as a JSON Resume document (schema v1.0.0, validated), stores the file (kept 30 days) and "
            + "answers its metadata; the same body as /exports/pdf, the template and options are recorded under "
            + "meta.jobwise.export. Fields JSON Resume lacks are kept as extension properties, so importing the "
            + "file again gives the same content. Spends one unit of the docx export rate limit (RateLimit-* "
            + "headers).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportRequest.class),
                    examples = @ExampleObject(name = "json-resume", value = ApiExamples.EXPORT_JSON_RESUME_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The export was created", headers = {
            @Header(name = "RateLimit-Remaining", description = "Units left in the window",
                    schema = @Schema(type = "integer", example = "9")),
            @Header(name = "Idempotency-Replayed", description = "true when this is a replayed first response",
                    schema = @Schema(type = "string", example = "true"))}, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponse.class),
            examples = @ExampleObject(name = "json-resume", value = ApiExamples.EXPORT_JSON_RESUME_RESPONSE)))
    @ErrorResponses.ExportFailures
    @ErrorResponses.Authenticated
    @ErrorResponses.Idempotent
    @ErrorResponses.RateLimited
    @ErrorResponses.Renders
    public ExportResponse exportJsonResume(@Body ExportRequest request, Authentication authentication) {
        return ExportResponse.created(exportDocument.execute(
                request.toCommand(CurrentUser.of(authentication), ExportFormat.JSON_RESUME)));
    }

    /** {@code GET /exports/files} with optional filters; limit 1-100 (default 20), offset (default 0). */
    @Get("/files")
    @Operation(summary = "List exported files", operationId = "listExports", description = "The caller's live "
            + "exports, newest first, with storage use and quota.")
    @ApiResponse(responseCode = "200", description = "A page of exports", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportListResponse.class),
            examples = @ExampleObject(name = "page", value = ApiExamples.EXPORT_LIST_RESPONSE)))
    @ApiResponse(responseCode = "422", description = "Invalid filter or page", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid-limit", value = ApiExamples.PROBLEM_422_LIMIT)))
    @ErrorResponses.Authenticated
    public ExportListResponse list(@Parameter(description = "pdf, docx, json-resume, txt, md, html, json, csv, tex "
                                           + "or zip", example = "pdf")
                                   @QueryValue @Nullable String format,
                                   @Parameter(description = "resume or cover_letter", example = "resume")
                                   @QueryValue("document_type") @Nullable String documentType,
                                   @Parameter(description = "Template id", example = "modern")
                                   @QueryValue @Nullable String template,
                                   @Parameter(description = "Page size, 1-100 (default 20)", example = "20")
                                   @QueryValue @Nullable String limit,
                                   @Parameter(description = "Rows to skip (default 0)", example = "0")
                                   @QueryValue @Nullable String offset,
                                   Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return ExportListResponse.from(listExports.execute(new ListExportsQuery(user.id(), user.tier(),
                blankToNull(format), blankToNull(documentType), blankToNull(template),
                integer("limit", limit, 20), integer("offset", offset, 0))));
    }

    /**
     * {@code GET /exports/files/{export_id}/download}: the file's bytes as an attachment, or, in
     * redirect mode, a 302 to a short-lived pre-signed URL issued after the ownership and expiry checks.
     */
    @Get("/files/{export_id}/download")
    @Operation(summary = "Download an exported file", operationId = "downloadExport", description = "The file as "
            + "an attachment (Content-Disposition with an ASCII filename and a UTF-8 filename*), or, when the "
            + "service runs with export.download.mode=redirect, a 302 to a pre-signed S3 URL valid a few minutes.")
    @ApiResponse(responseCode = "200", description = "The file", headers = @Header(name = "Content-Disposition",
            description = "attachment with the export's filename",
            schema = @Schema(type = "string", example = "attachment; filename=\"John_Doe_Resume.pdf\"")),
            content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"),
                            examples = @ExampleObject(name = "pdf", value = ApiExamples.PDF_BYTES)),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            schema = @Schema(type = "string", format = "binary"),
                            examples = @ExampleObject(name = "docx", value = ApiExamples.DOCX_BYTES)),
                    @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"),
                            examples = @ExampleObject(name = "zip", value = ApiExamples.ZIP_BYTES)),
                    @Content(mediaType = "application/json", schema = @Schema(type = "object",
                            description = "A JSON Resume document (json-resume exports)"),
                            examples = @ExampleObject(name = "json-resume", value = ApiExamples.JSON_RESUME_FILE))})
    @ApiResponse(responseCode = "302", description = "Redirect mode: the pre-signed URL", headers = @Header(
            name = "Location", description = "Pre-signed S3 URL; a bearer credential until it expires",
            schema = @Schema(type = "string", format = "uri",
                    example = "https://exports.s3.amazonaws.com/exports/u-42/bb0e8400.pdf?X-Amz-Signature=...")))
    @ApiResponse(responseCode = "404", description = "No such export for this user", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "export-not-found", value = ApiExamples.PROBLEM_404_EXPORT)))
    @ApiResponse(responseCode = "410", description = "The export expired", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "expired", value = ApiExamples.PROBLEM_410)))
    @ErrorResponses.Authenticated
    public HttpResponse<?> download(@Parameter(description = "The export's id", example = ApiExamples.EXPORT_ID)
                                    @PathVariable("export_id") String exportId, Authentication authentication) {
        if (downloads.redirect()) {
            return HttpResponse.status(HttpStatus.FOUND)
                    .header("Location", downloadExport.presign(CurrentUser.of(authentication).id(), exportId,
                            downloads.getPresignValidity()).toString())
                    .header("Cache-Control", "private, no-store");
        }
        ExportDownload download = downloadExport.execute(CurrentUser.of(authentication).id(), exportId);
        MediaType type = MediaType.of(download.export().format().contentType());
        StreamedFile file = new StreamedFile(download.content().content(), type,
                download.export().createdAt().toEpochMilli(), download.content().sizeBytes());
        return HttpResponse.ok(file)
                .header("Content-Disposition", ContentDisposition.attachment(download.export().filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store");
    }

    /** {@code DELETE /exports/files/{export_id}} → 204. */
    @Delete("/files/{export_id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an exported file", operationId = "deleteExport", description = "Deletes the S3 "
            + "object, then the row; if S3 fails the row stays and the answer is a retryable 503.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such export for this user", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "export-not-found", value = ApiExamples.PROBLEM_404_EXPORT_DELETE)))
    @ErrorResponses.Authenticated
    public void delete(@Parameter(description = "The export's id", example = ApiExamples.EXPORT_ID)
                       @PathVariable("export_id") String exportId, Authentication authentication) {
        deleteExport.execute(CurrentUser.of(authentication).id(), exportId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidOptionException(name, name + " must be an integer");
        }
    }
}
