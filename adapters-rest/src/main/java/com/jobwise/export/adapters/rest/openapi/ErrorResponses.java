package com.jobwise.export.adapters.rest.openapi;

import com.jobwise.export.adapters.rest.error.Problem;
import com.jobwise.export.adapters.rest.idempotency.IdempotencyFilter;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Answers shared by several operations, as meta-annotations the OpenAPI generator expands in place. Every
 * error body is {@code application/problem+json} ({@link Problem}, whose {@code detail} carries the message)
 * with an example. Each annotation documents distinct status codes, so they combine freely.
 */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    /** 401 (missing, invalid or expired bearer token) and 503 (database or storage unavailable, rendering busy). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "401", description = "Missing, invalid or expired bearer token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthorized", value = ApiExamples.PROBLEM_401)))
    @ApiResponse(responseCode = "503", description = "Database or storage temporarily unavailable, or (routes that "
            + "render a document) every rendering slot busy and the queue in front of them full; retry after "
            + "Retry-After seconds", headers = @Header(name = "Retry-After", description = "Seconds to wait",
            schema = @Schema(type = "integer", example = "5")), content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = {@ExampleObject(name = "storage-unavailable", value = ApiExamples.PROBLEM_503),
                        @ExampleObject(name = "service-busy", value = ApiExamples.PROBLEM_503_BUSY)}))
    public @interface Authenticated {
    }

    /**
     * The {@code Idempotency-Key} request header and its 409 (the first request with the key still runs);
     * the 422 of a key reused with another body is part of each operation's 422.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Parameter(in = ParameterIn.HEADER, name = IdempotencyFilter.HEADER, ref = "#/components/parameters/IdempotencyKey")
    @ApiResponse(responseCode = "409", description = "A request with this Idempotency-Key is still in progress; "
            + "retry after Retry-After seconds", headers = @Header(name = "Retry-After", description = "Seconds to wait",
            schema = @Schema(type = "integer", example = "1")), content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "in-progress", value = ApiExamples.PROBLEM_409_IN_PROGRESS)))
    public @interface Idempotent {
    }

    /** 429 from the per-user rate limit. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "429", description = "Rate limit spent; retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait",
                    schema = @Schema(type = "integer", example = "312")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "rate-limited", value = ApiExamples.PROBLEM_429)))
    public @interface RateLimited {
    }

    /** 413 for a JSON body over the limit (1 MB). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "413", description = "JSON body larger than 1 MB", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "body-too-large", value = ApiExamples.PROBLEM_413_BODY)))
    public @interface BodyLimited {
    }

    /** 500 when a document cannot be rendered. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "500", description = "The document could not be rendered", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "rendering-failed", value = ApiExamples.PROBLEM_500)))
    public @interface Renders {
    }

    /**
     * The client errors of a single export ({@code POST /exports/pdf} and {@code /exports/docx}): 400 unknown
     * template, malformed JSON or Idempotency-Key; 404 generation; 413 quota or body size; 422 option, content
     * or reused Idempotency-Key.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
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
@ApiResponse(responseCode = "413", description = "Storage quota exceeded, or JSON body larger than 1 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "quota-exceeded", value = ApiExamples.PROBLEM_413_QUOTA),
                            @ExampleObject(name = "body-too-large", value = ApiExamples.PROBLEM_413_BODY)}))
@ApiResponse(responseCode = "422", description = "Invalid option or content, or Idempotency-Key reused with "
            + "another body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "invalid-option", value = ApiExamples.PROBLEM_422_OPTION),
            @ExampleObject(name = "idempotency-key-reused", value = ApiExamples.PROBLEM_422_IDEMPOTENCY)}))
    public @interface ExportFailures {
    }

    /**
     * The answers every anonymous JSON route of the account API shares: 400 for malformed JSON and 503
     * when the database is unavailable.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ApiResponse(responseCode = "400", description = "Malformed JSON", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "malformed-json", value = ApiExamples.PROBLEM_400_MALFORMED)))
@ApiResponse(responseCode = "503", description = "Database temporarily unavailable; retry after Retry-After "
            + "seconds", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "storage-unavailable", value = ApiExamples.PROBLEM_503)))
    public @interface AnonymousJson {
    }
}
