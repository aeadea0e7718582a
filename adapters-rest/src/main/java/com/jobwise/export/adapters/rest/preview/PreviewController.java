package com.jobwise.export.adapters.rest.preview;

import com.jobwise.export.adapters.rest.security.CurrentUser;
import com.jobwise.export.application.preview.GetPreview;
import com.jobwise.export.application.preview.PreviewCommand;
import com.jobwise.export.application.preview.PreviewDocument;
import com.jobwise.export.domain.model.ExportNotFoundException;
import com.jobwise.export.domain.port.StoredObject;
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
public class PreviewController {
    private final PreviewDocument previewDocument;
    private final GetPreview getPreview;

    public PreviewController(PreviewDocument previewDocument, GetPreview getPreview) {
        this.previewDocument = previewDocument;
        this.getPreview = getPreview;
    }

    /** {@code POST /exports/preview} → 200 with the preview's URL and expiry (spec). */
    @Post("/preview")
    public PreviewResponse preview(@Body PreviewRequest request, Authentication authentication) {
        return PreviewResponse.from(previewDocument.execute(new PreviewCommand(CurrentUser.of(authentication).id(),
                request.generationId(), request.template(), request.options())));
    }

    /** {@code GET /exports/previews/{preview_id}.png}. */
    @Get("/previews/{file}")
    public HttpResponse<StreamedFile> image(@PathVariable String file, Authentication authentication) {
        if (!file.endsWith(".png")) {
            throw new ExportNotFoundException("Preview not found");
        }
        StoredObject image = getPreview.execute(CurrentUser.of(authentication).id(),
                file.substring(0, file.length() - ".png".length()));
        return HttpResponse.ok(new StreamedFile(image.content(), MediaType.IMAGE_PNG_TYPE, System.currentTimeMillis(),
                image.sizeBytes())).header("Cache-Control", "private, no-store");
    }
}
