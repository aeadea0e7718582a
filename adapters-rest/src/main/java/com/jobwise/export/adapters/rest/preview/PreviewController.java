package com.jobwise.export.adapters.rest.preview;

import com.jobwise.export.adapters.rest.idempotency.Idempotent;
import com.jobwise.export.adapters.rest.ratelimit.RateLimited;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;

import com.jobwise.export.adapters.rest.security.CurrentUser;
import com.jobwise.export.adapters.rest.error.Problem;
import com.jobwise.export.adapters.rest.openapi.ApiExamples;
import com.jobwise.export.adapters.rest.openapi.ErrorResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.jobwise.export.application.preview.GetPreview;
import com.jobwise.export.application.preview.PreviewCommand;
import com.jobwise.export.application.preview.PreviewDocument;
import com.jobwise.export.domain.error.ExportNotFoundException;
import com.jobwise.export.domain.export.StoredObject;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/**
 * {@code POST /exports/preview} renders a watermarked first-page PNG kept one hour;
 * {@code GET /exports/previews/{preview_id}.png} serves it to its owner (404 for anyone else, 410 once expired).
 */
@Controller("/api/v1/exports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Previews")
public class PreviewController {
    private final PreviewDocument previewDocument;
    private final GetPreview getPreview;

    public PreviewController(PreviewDocument previewDocument, GetPreview getPreview) {
        this.previewDocument = previewDocument;
        this.getPreview = getPreview;
    }

    /** {@code POST /exports/preview} → 200 with the preview's URL and expiry (spec). */
    @Post("/preview")
    @Idempotent
    @RateLimited(RateLimitedOperation.PREVIEW)
    @Operation(summary = "Preview a document with a template", operationId = "preview", description = "Renders "
            + "the first page as a watermarked PNG kept one hour. Spends one unit of the preview rate limit.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewRequest.class),
                    examples = @ExampleObject(name = "modern", value = ApiExamples.PREVIEW_REQUEST))))
    @ApiResponse(responseCode = "200", description = "The preview's URL and expiry", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewResponse.class),
            examples = @ExampleObject(name = "preview", value = ApiExamples.PREVIEW_RESPONSE)))
    @ApiResponse(responseCode = "400", description = "Unknown template, malformed JSON or Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "unknown-template", value = ApiExamples.PROBLEM_400_TEMPLATE),
                            @ExampleObject(name = "malformed-json", value = ApiExamples.PROBLEM_400_MALFORMED),
                            @ExampleObject(name = "invalid-idempotency-key",
                                    value = ApiExamples.PROBLEM_400_IDEMPOTENCY_KEY)}))
    @ApiResponse(responseCode = "404", description = "No such generation for this user", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "generation-not-found", value = ApiExamples.PROBLEM_404_GENERATION)))
    @ApiResponse(responseCode = "422", description = "Invalid option or content, or Idempotency-Key reused with "
            + "another body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "invalid-option", value = ApiExamples.PROBLEM_422_OPTION),
            @ExampleObject(name = "idempotency-key-reused", value = ApiExamples.PROBLEM_422_IDEMPOTENCY)}))
    @ErrorResponses.Authenticated
    @ErrorResponses.Idempotent
    @ErrorResponses.RateLimited
    @ErrorResponses.BodyLimited
    @ErrorResponses.Renders
    public PreviewResponse preview(@Body PreviewRequest request, Authentication authentication) {
        return PreviewResponse.from(previewDocument.execute(new PreviewCommand(CurrentUser.of(authentication).id(),
                request.generationId(), request.template(), request.options())));
    }

    /** {@code GET /exports/previews/{preview_id}.png}. */
    @Get("/previews/{file}")
    @Operation(summary = "Get a preview image", operationId = "previewImage", description = "The preview's PNG "
            + "for its owner: {file} is the preview id followed by .png.")
    @ApiResponse(responseCode = "200", description = "The PNG", content = @Content(mediaType = "image/png",
            schema = @Schema(type = "string", format = "binary"),
            examples = @ExampleObject(name = "png", value = ApiExamples.PNG_BYTES)))
    @ApiResponse(responseCode = "404", description = "No such preview for this user", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "preview-not-found", value = ApiExamples.PROBLEM_404_PREVIEW)))
    @ApiResponse(responseCode = "410", description = "The preview expired (after one hour)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "expired", value = ApiExamples.PROBLEM_410_PREVIEW)))
    @ErrorResponses.Authenticated
    public HttpResponse<StreamedFile> image(@Parameter(description = "{preview_id}.png",
            example = "c10e8400-e29b-41d4-a716-44665544000c.png") @PathVariable String file,
                                            Authentication authentication) {
        if (!file.endsWith(".png")) {
            throw new ExportNotFoundException("Preview not found");
        }
        StoredObject image = getPreview.execute(CurrentUser.of(authentication).id(),
                file.substring(0, file.length() - ".png".length()));
        return HttpResponse.ok(new StreamedFile(image.content(), MediaType.IMAGE_PNG_TYPE, System.currentTimeMillis(),
                image.sizeBytes())).header("Cache-Control", "private, no-store");
    }
}
