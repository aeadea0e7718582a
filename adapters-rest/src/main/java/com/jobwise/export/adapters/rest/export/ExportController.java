package com.jobwise.export.adapters.rest.export;

import com.jobwise.export.adapters.rest.security.CurrentUser;
import com.jobwise.export.application.export.DeleteExport;
import com.jobwise.export.application.export.DownloadExport;
import com.jobwise.export.application.export.ExportBatch;
import com.jobwise.export.application.export.ExportDocument;
import com.jobwise.export.application.export.ExportDownload;
import com.jobwise.export.application.export.ListExports;
import com.jobwise.export.application.export.ListExportsQuery;
import com.jobwise.export.domain.model.ExportFormat;
import com.jobwise.export.domain.model.InvalidOptionException;
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
    @Status(HttpStatus.CREATED)
    public BatchResponse exportBatch(@Body BatchRequest request, Authentication authentication) {
        return BatchResponse.from(exportBatch.execute(request.toCommand(CurrentUser.of(authentication))));
    }

    /** {@code POST /exports/pdf} → 201 with the export (spec: "Export to PDF"). */
    @Post("/pdf")
    @Status(HttpStatus.CREATED)
    public ExportResponse exportPdf(@Body ExportRequest request, Authentication authentication) {
        return ExportResponse.created(exportDocument.execute(
                request.toCommand(CurrentUser.of(authentication), ExportFormat.PDF)));
    }

    /** {@code POST /exports/docx} → 201 with the export (spec: "Export to DOCX"). */
    @Post("/docx")
    @Status(HttpStatus.CREATED)
    public ExportResponse exportDocx(@Body ExportRequest request, Authentication authentication) {
        return ExportResponse.created(exportDocument.execute(
                request.toCommand(CurrentUser.of(authentication), ExportFormat.DOCX)));
    }

    /** {@code GET /exports/files} with optional filters; limit 1-100 (default 20), offset (default 0). */
    @Get("/files")
    public ExportListResponse list(@QueryValue @Nullable String format,
                                   @QueryValue("document_type") @Nullable String documentType,
                                   @QueryValue @Nullable String template,
                                   @QueryValue @Nullable String limit,
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
    public HttpResponse<?> download(@PathVariable("export_id") String exportId, Authentication authentication) {
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
    public void delete(@PathVariable("export_id") String exportId, Authentication authentication) {
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
