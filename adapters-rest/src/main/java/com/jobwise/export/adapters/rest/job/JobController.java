package com.jobwise.export.adapters.rest.job;

import com.jobwise.export.adapters.rest.idempotency.Idempotent;
import com.jobwise.export.adapters.rest.error.Problem;
import com.jobwise.export.adapters.rest.openapi.ApiExamples;
import com.jobwise.export.adapters.rest.openapi.ErrorResponses;
import com.jobwise.export.adapters.rest.security.CurrentUser;
import com.jobwise.export.application.export.ExportDownload;
import com.jobwise.export.application.job.CancelExportJob;
import com.jobwise.export.application.job.CreateBulkExportJob;
import com.jobwise.export.application.job.CreateExportJob;
import com.jobwise.export.application.job.CreatedJob;
import com.jobwise.export.application.job.DownloadJobResult;
import com.jobwise.export.application.job.GetExportJob;
import com.jobwise.export.application.job.JobDocument;
import com.jobwise.export.application.job.ListExportJobs;
import com.jobwise.export.domain.job.JobPage;
import com.jobwise.export.domain.export.ContentDisposition;
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
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Asynchronous export jobs (issue 12): create (explicit ids or bulk filters) → 202 with {@code Location}, read,
 * list, download the result, cancel. Every lookup is by job id AND user id: another user's job answers 404 like a
 * missing one. The job's JSON is {@link JobDocument}, the same body its webhook receives.
 */
@Controller(JobDocument.JOBS_PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Export jobs")
public class JobController {
    private final CreateExportJob createJob;
    private final CreateBulkExportJob createBulkJob;
    private final GetExportJob getJob;
    private final ListExportJobs listJobs;
    private final DownloadJobResult downloadResult;
    private final CancelExportJob cancelJob;

    public JobController(CreateExportJob createJob, CreateBulkExportJob createBulkJob, GetExportJob getJob,
                         ListExportJobs listJobs, DownloadJobResult downloadResult, CancelExportJob cancelJob) {
        this.createJob = createJob;
        this.createBulkJob = createBulkJob;
        this.getJob = getJob;
        this.listJobs = listJobs;
        this.downloadResult = downloadResult;
        this.cancelJob = cancelJob;
    }

    /** {@code POST /exports/jobs} → 202. */
    @Post
    @Idempotent
    @Operation(summary = "Create an export job", operationId = "createExportJob", description = "Queues the export "
            + "of 1-100 generations in one format; any instance runs it. Each item spends one unit of the format's "
            + "export rate limit, and counts against the storage quota when it runs, like a synchronous export. "
            + "The first job with a webhook_url creates the user's webhook secret and shows it once "
            + "(webhook_secret).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateJobRequest.class),
                    examples = @ExampleObject(name = "zip", value = JobExamples.CREATE_REQUEST))))
    @ApiResponse(responseCode = "202", description = "Queued", headers = @Header(name = "Location",
            description = "The job's URL", schema = @Schema(type = "string",
            example = "/api/v1/exports/jobs/" + JobExamples.JOB_ID)), content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
            examples = @ExampleObject(name = "queued", value = JobExamples.QUEUED)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON or unknown template", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "malformed-json", value = ApiExamples.PROBLEM_400_MALFORMED)))
    @ApiResponse(responseCode = "422", description = "No or too many ids, unknown format, invalid option or "
            + "refused webhook_url; or Idempotency-Key reused with another body", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "too-many-ids", value = JobExamples.PROBLEM_422_IDS),
            @ExampleObject(name = "webhook-refused", value = JobExamples.PROBLEM_422_WEBHOOK),
            @ExampleObject(name = "idempotency-key-reused", value = ApiExamples.PROBLEM_422_IDEMPOTENCY)}))
    @ErrorResponses.Authenticated
    @ErrorResponses.BodyLimited
    @ErrorResponses.Idempotent
    @ErrorResponses.RateLimited
    public HttpResponse<Map<String, Object>> create(@Body CreateJobRequest request, Authentication authentication) {
        return accepted(createJob.execute(request.toCommand(CurrentUser.of(authentication))));
    }

    /** {@code POST /exports/jobs/bulk} → 202. */
    @Post("/bulk")
    @Idempotent
    @Operation(summary = "Create a bulk export job", operationId = "createBulkExportJob", description = "Like "
            + "createExportJob, over the caller's generations chosen by creation date (UTC days, both included) "
            + "and document type, oldest first, at most max_items (1-100).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkJobRequest.class),
                    examples = @ExampleObject(name = "january", value = JobExamples.BULK_REQUEST))))
    @ApiResponse(responseCode = "202", description = "Queued", headers = @Header(name = "Location",
            description = "The job's URL", schema = @Schema(type = "string",
            example = "/api/v1/exports/jobs/" + JobExamples.JOB_ID)), content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
            examples = @ExampleObject(name = "queued", value = JobExamples.QUEUED)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON or unknown template", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "malformed-json", value = ApiExamples.PROBLEM_400_MALFORMED)))
    @ApiResponse(responseCode = "422", description = "Bad filters, nothing matching, max_items out of range, or "
            + "as for createExportJob", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "nothing-matches", value = JobExamples.PROBLEM_422_FILTERS),
            @ExampleObject(name = "idempotency-key-reused", value = ApiExamples.PROBLEM_422_IDEMPOTENCY)}))
    @ErrorResponses.Authenticated
    @ErrorResponses.BodyLimited
    @ErrorResponses.Idempotent
    @ErrorResponses.RateLimited
    public HttpResponse<Map<String, Object>> createBulk(@Body BulkJobRequest request, Authentication authentication) {
        return accepted(createBulkJob.execute(request.toCommand(CurrentUser.of(authentication))));
    }

    private static HttpResponse<Map<String, Object>> accepted(CreatedJob created) {
        Map<String, Object> body = new LinkedHashMap<>(JobDocument.toMap(created.job()));
        if (created.newWebhookSecret() != null) {
            body.put("webhook_secret", created.newWebhookSecret());
        }
        return HttpResponse.<Map<String, Object>>status(HttpStatus.ACCEPTED).body(body)
                .header("Location", JobDocument.JOBS_PATH + "/" + created.job().id())
                .header("Cache-Control", "private, no-store");
    }

    /** {@code GET /exports/jobs}. */
    @Get
    @Operation(summary = "List export jobs", operationId = "listExportJobs", description = "The caller's jobs, "
            + "newest first, paginated like /exports/files.")
    @ApiResponse(responseCode = "200", description = "A page of jobs", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
            examples = @ExampleObject(name = "page", value = JobExamples.LIST)))
    @ApiResponse(responseCode = "422", description = "Unknown status, or limit/offset out of range", content =
            @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown-status", value = JobExamples.PROBLEM_422_STATUS)))
    @ErrorResponses.Authenticated
    public Map<String, Object> list(@Parameter(description = "queued, running, completed, failed or cancelled",
                                            example = "completed") @QueryValue @Nullable String status,
                                    @Parameter(description = "Page size, 1-100 (default 20)", example = "20")
                                    @QueryValue @Nullable String limit,
                                    @Parameter(description = "Rows to skip (default 0)", example = "0")
                                    @QueryValue @Nullable String offset,
                                    Authentication authentication) {
        int pageSize = integer("limit", limit, 20);
        int skip = integer("offset", offset, 0);
        JobPage page = listJobs.execute(CurrentUser.of(authentication).id(), status, pageSize, skip);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jobs", page.items().stream().map(JobDocument::toMap).toList());
        body.put("total", page.total());
        body.put("limit", pageSize);
        body.put("offset", skip);
        return body;
    }

    /** {@code GET /exports/jobs/{job_id}}. */
    @Get("/{job_id}")
    @Operation(summary = "Read an export job", operationId = "getExportJob", description = "Status, progress, each "
            + "item's export id or error, timestamps.")
    @ApiResponse(responseCode = "200", description = "The job", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
            examples = @ExampleObject(name = "completed", value = JobExamples.COMPLETED)))
    @ApiResponse(responseCode = "404", description = "No such job for this user", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "job-not-found", value = JobExamples.PROBLEM_404)))
    @ErrorResponses.Authenticated
    public Map<String, Object> get(@Parameter(description = "The job's id", example = JobExamples.JOB_ID)
                                   @PathVariable("job_id") String jobId, Authentication authentication) {
        return JobDocument.toMap(getJob.execute(CurrentUser.of(authentication).id(), jobId));
    }

    /** {@code GET /exports/jobs/{job_id}/download}. */
    @Get("/{job_id}/download")
    @Operation(summary = "Download an export job's file", operationId = "downloadExportJob", description = "The "
            + "ZIP package of a completed job, or its one file when it was created with create_zip false. 409 "
            + "while it is queued or running, or when it has no file to give.")
    @ApiResponse(responseCode = "200", description = "The file", headers = @Header(name = "Content-Disposition",
            description = "attachment with the file's name",
            schema = @Schema(type = "string", example = "attachment; filename=\"Application_Package.zip\"")),
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"),
                    examples = @ExampleObject(name = "zip", value = JobExamples.ZIP_BYTES)))
    @ApiResponse(responseCode = "404", description = "No such job for this user", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "job-not-found", value = JobExamples.PROBLEM_404)))
    @ApiResponse(responseCode = "409", description = "Not completed yet, or no file", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "running", value = JobExamples.PROBLEM_409_RUNNING)))
    @ApiResponse(responseCode = "410", description = "The file expired", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "expired", value = ApiExamples.PROBLEM_410)))
    @ErrorResponses.Authenticated
    public HttpResponse<?> download(@Parameter(description = "The job's id", example = JobExamples.JOB_ID)
                                    @PathVariable("job_id") String jobId, Authentication authentication) {
        return switch (downloadResult.execute(CurrentUser.of(authentication).id(), jobId)) {
            case DownloadJobResult.NotReady notReady -> conflict(notReady.detail());
            case DownloadJobResult.Ready ready -> {
                ExportDownload d = ready.download();
                StreamedFile file = new StreamedFile(d.content().content(),
                        MediaType.of(d.export().format().contentType()), d.export().createdAt().toEpochMilli(),
                        d.content().sizeBytes());
                yield HttpResponse.ok(file)
                        .header("Content-Disposition", ContentDisposition.attachment(d.export().filename()))
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Cache-Control", "private, no-store");
            }
        };
    }

    /** {@code DELETE /exports/jobs/{job_id}} → 200 with the cancelled job. */
    @Delete("/{job_id}")
    @Operation(summary = "Cancel an export job", operationId = "cancelExportJob", description = "Cancels a queued "
            + "or running job: items not started are skipped, finished items and their exports are kept (the item "
            + "being exported at that moment still finishes). 409 once the job has finished.")
    @ApiResponse(responseCode = "200", description = "The cancelled job", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
            examples = @ExampleObject(name = "cancelled", value = JobExamples.COMPLETED)))
    @ApiResponse(responseCode = "404", description = "No such job for this user", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "job-not-found", value = JobExamples.PROBLEM_404)))
    @ApiResponse(responseCode = "409", description = "The job has already finished", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "finished", value = JobExamples.PROBLEM_409_FINISHED)))
    @ErrorResponses.Authenticated
    public HttpResponse<?> cancel(@Parameter(description = "The job's id", example = JobExamples.JOB_ID)
                                  @PathVariable("job_id") String jobId, Authentication authentication) {
        CancelExportJob.Result result = cancelJob.execute(CurrentUser.of(authentication).id(), jobId);
        if (!result.cancelled()) {
            return conflict("Export job is already " + result.job().status().wireName() + " and cannot be cancelled");
        }
        return HttpResponse.ok(JobDocument.toMap(result.job()));
    }

    private static HttpResponse<Problem> conflict(String detail) {
        return HttpResponse.<Problem>status(HttpStatus.CONFLICT).contentType(Problem.MEDIA_TYPE)
                .body(Problem.of(409, HttpStatus.CONFLICT.getReason(), detail));
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
