package com.jobwise.export.adapters.rest.job;

import com.jobwise.export.adapters.rest.openapi.ErrorResponses;
import com.jobwise.export.adapters.rest.security.CurrentUser;
import com.jobwise.export.application.job.RotateWebhookSecret;
import com.jobwise.export.domain.job.WebhookSignature;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/v1/exports/webhooks/secret}: creates or rotates the caller's webhook signing secret and shows it
 * this once (it is never shown again; rotate to get a new one). Deliveries from then on are signed with it. Not
 * covered by Idempotency-Key on purpose: a stored answer would keep the secret for a day.
 */
@Controller("/api/v1/exports/webhooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Export jobs")
public class WebhookSecretController {
    private final RotateWebhookSecret rotate;

    public WebhookSecretController(RotateWebhookSecret rotate) {
        this.rotate = rotate;
    }

    @Post("/secret")
    @Operation(summary = "Rotate the webhook secret", operationId = "rotateWebhookSecret", description = "A new "
            + "HMAC-SHA256 key for X-Export-Signature (sha256=<hex of the HMAC of the raw body>), shown only in this "
            + "answer; the previous one stops signing at once.")
    @ApiResponse(responseCode = "201", description = "The new secret", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"),
            examples = @ExampleObject(name = "secret", value = JobExamples.SECRET)))
    @ErrorResponses.Authenticated
    public HttpResponse<Map<String, Object>> rotate(Authentication authentication) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("webhook_secret", rotate.execute(CurrentUser.of(authentication).id()));
        body.put("algorithm", "HMAC-SHA256");
        body.put("header", WebhookSignature.HEADER);
        return HttpResponse.<Map<String, Object>>status(HttpStatus.CREATED).body(body)
                .header("Cache-Control", "no-store");
    }
}
