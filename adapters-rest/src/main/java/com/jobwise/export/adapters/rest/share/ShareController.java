package com.jobwise.export.adapters.rest.share;

import com.jobwise.export.adapters.rest.error.Problem;
import com.jobwise.export.adapters.rest.openapi.ApiExamples;
import com.jobwise.export.adapters.rest.openapi.ErrorResponses;
import com.jobwise.export.adapters.rest.security.CurrentUser;
import com.jobwise.export.application.share.CreateShare;
import com.jobwise.export.application.share.CreateShareCommand;
import com.jobwise.export.application.share.CreatedShare;
import com.jobwise.export.application.share.GetShareAccessLog;
import com.jobwise.export.application.share.ListShares;
import com.jobwise.export.application.share.RevokeShare;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The owner's side of share links: create (with URL and QR code), list, revoke, read the access log. Every
 * lookup is by export id AND user id: another user's export or share answers 404 like a missing one.
 */
@Controller("/api/v1/exports/files/{export_id}/shares")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Share links")
public class ShareController {
    private final CreateShare createShare;
    private final ListShares listShares;
    private final RevokeShare revokeShare;
    private final GetShareAccessLog accessLog;
    private final ShareSettings settings;

    public ShareController(CreateShare createShare, ListShares listShares, RevokeShare revokeShare,
                           GetShareAccessLog accessLog, ShareSettings settings) {
        this.createShare = createShare;
        this.listShares = listShares;
        this.revokeShare = revokeShare;
        this.accessLog = accessLog;
        this.settings = settings;
    }

    /** {@code POST /exports/files/{export_id}/shares} → 201. */
    @Post
    @Operation(summary = "Create a share link", operationId = "createShare", description = "A public link to the "
            + "export (a 256-bit token, stored only as its SHA-256), with a QR code of its URL. The link works until "
            + "expires_in seconds have passed, the export expires or is deleted, or the owner revokes it.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateShareRequest.class),
                    examples = @ExampleObject(name = "password", value = ShareExamples.CREATE_REQUEST))))
    @ApiResponse(responseCode = "201", description = "The link", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShareCreatedResponse.class),
            examples = @ExampleObject(name = "created", value = ShareExamples.CREATED)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "malformed-json", value = ApiExamples.PROBLEM_400_MALFORMED)))
    @ApiResponse(responseCode = "404", description = "No such export for this user", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "export-not-found", value = ShareExamples.PROBLEM_404_EXPORT)))
    @ApiResponse(responseCode = "410", description = "The export expired", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "expired", value = ShareExamples.PROBLEM_410)))
    @ApiResponse(responseCode = "422", description = "expires_in not positive, or password empty or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-expiry", value = ShareExamples.PROBLEM_422)))
    @ErrorResponses.Authenticated
    @ErrorResponses.BodyLimited
    @Status(HttpStatus.CREATED)
    public HttpResponse<ShareCreatedResponse> create(
            @Parameter(description = "The export's id", example = ApiExamples.EXPORT_ID)
            @PathVariable("export_id") String exportId, @Nullable @Body CreateShareRequest request,
            HttpRequest<?> httpRequest, Authentication authentication) {
        CreateShareRequest body = request == null ? new CreateShareRequest(null, null, null) : request;
        CreatedShare created = createShare.execute(new CreateShareCommand(CurrentUser.of(authentication).id(),
                exportId, body.expiresIn(), body.password(), body.allowDownload()));
        return HttpResponse.created(ShareCreatedResponse.from(created, settings.urlOf(created.token(), httpRequest)))
                .header("Cache-Control", "private, no-store");
    }

    /** {@code GET /exports/files/{export_id}/shares}. */
    @Get
    @Operation(summary = "List an export's share links", operationId = "listShares", description = "Newest first, "
            + "with their counters and state; never their token or URL.")
    @ApiResponse(responseCode = "200", description = "The links", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShareListResponse.class),
            examples = @ExampleObject(name = "shares", value = ShareExamples.LIST)))
    @ApiResponse(responseCode = "404", description = "No such export for this user", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "export-not-found", value = ShareExamples.PROBLEM_404_EXPORT)))
    @ErrorResponses.Authenticated
    public ShareListResponse list(@Parameter(description = "The export's id", example = ApiExamples.EXPORT_ID)
                                  @PathVariable("export_id") String exportId, Authentication authentication) {
        return new ShareListResponse(listShares.execute(CurrentUser.of(authentication).id(), exportId).stream()
                .map(ShareResponse::from).toList());
    }

    /** {@code DELETE /exports/files/{export_id}/shares/{share_id}} → 204. */
    @Delete("/{share_id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a share link", operationId = "revokeShare", description = "The link answers 410 "
            + "from then on. Revoking a revoked link succeeds.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No such share of this export for this user", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "share-not-found", value = ShareExamples.PROBLEM_404_SHARE)))
    @ErrorResponses.Authenticated
    public void revoke(@Parameter(description = "The export's id", example = ApiExamples.EXPORT_ID)
                       @PathVariable("export_id") String exportId,
                       @Parameter(description = "The share's id", example = ShareExamples.SHARE_ID)
                       @PathVariable("share_id") String shareId, Authentication authentication) {
        revokeShare.execute(CurrentUser.of(authentication).id(), exportId, shareId);
    }

    /** {@code GET /exports/files/{export_id}/shares/{share_id}/access-log}. */
    @Get("/{share_id}/access-log")
    @Operation(summary = "Read a share link's access log", operationId = "shareAccessLog", description = "The "
            + "newest 500 views, downloads and failed passwords, newest first; client addresses only as SHA-256.")
    @ApiResponse(responseCode = "200", description = "The log", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShareAccessLogResponse.class),
            examples = @ExampleObject(name = "log", value = ShareExamples.ACCESS_LOG)))
    @ApiResponse(responseCode = "404", description = "No such share of this export for this user", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "share-not-found", value = ShareExamples.PROBLEM_404_SHARE)))
    @ErrorResponses.Authenticated
    public ShareAccessLogResponse accessLog(
            @Parameter(description = "The export's id", example = ApiExamples.EXPORT_ID)
            @PathVariable("export_id") String exportId,
            @Parameter(description = "The share's id", example = ShareExamples.SHARE_ID)
            @PathVariable("share_id") String shareId, Authentication authentication) {
        return ShareAccessLogResponse.from(accessLog.execute(CurrentUser.of(authentication).id(), exportId, shareId));
    }
}
