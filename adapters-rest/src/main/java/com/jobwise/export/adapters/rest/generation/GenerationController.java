package com.jobwise.export.adapters.rest.generation;

import com.jobwise.export.adapters.rest.idempotency.Idempotent;

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
import com.jobwise.export.application.generation.CreateGeneration;
import com.jobwise.export.application.generation.CreateGenerationCommand;
import com.jobwise.export.application.generation.GetGeneration;
import com.jobwise.export.application.generation.ImportJsonResume;
import com.jobwise.export.domain.error.InvalidContentException;
import com.jobwise.export.domain.error.InvalidOptionException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.JsonMapper;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.util.Map;

/**
 * {@code /api/v1/generations}: lets the service stand alone by storing generations to export.
 * Scoped by the caller like every route.
 */
@Controller("/api/v1/generations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Generations")
public class GenerationController {
    private final CreateGeneration createGeneration;
    private final GetGeneration getGeneration;
    private final ImportJsonResume importJsonResume;
    private final JsonMapper json;

    public GenerationController(CreateGeneration createGeneration, GetGeneration getGeneration,
                                ImportJsonResume importJsonResume, JsonMapper json) {
        this.createGeneration = createGeneration;
        this.getGeneration = getGeneration;
        this.importJsonResume = importJsonResume;
        this.json = json;
    }

    /** {@code POST /generations} → 201 with the stored generation and its new {@code id}. */
    @Post
    @Idempotent
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Store a generation", operationId = "createGeneration", description = "Stores a "
            + "generation (structured content in the spec's schema, or plain text) so it can be exported; the files "
            + "in examples/generations/ can be posted as they are. A JSON Resume document (schema v1.0.0) may be "
            + "posted instead, as the whole body (recognised by its basics object) or as {\"json_resume\": {...}}: it is validated against the official schema (422 with "
            + "one errors[] entry per JSON pointer), mapped to a resume, and the answer lists under unmapped the "
            + "JSON pointers of what the content model has no place for.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GenerationRequest.class),
                    examples = {@ExampleObject(name = "resume", value = ApiExamples.GENERATION_REQUEST),
                            @ExampleObject(name = "json-resume", value = ApiExamples.GENERATION_JSON_RESUME_REQUEST)})))
    @ApiResponse(responseCode = "201", description = "Stored, with its new id", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GenerationResponse.class),
            examples = {@ExampleObject(name = "resume", value = ApiExamples.GENERATION_RESPONSE),
                    @ExampleObject(name = "json-resume", value = ApiExamples.GENERATION_JSON_RESUME_RESPONSE)}))
    @ApiResponse(responseCode = "400", description = "Malformed JSON or Idempotency-Key", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "malformed-json", value = ApiExamples.PROBLEM_400_MALFORMED),
            @ExampleObject(name = "invalid-idempotency-key", value = ApiExamples.PROBLEM_400_IDEMPOTENCY_KEY)}))
    @ApiResponse(responseCode = "422", description = "Invalid content, or Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "invalid-content", value = ApiExamples.PROBLEM_422_CONTENT),
                            @ExampleObject(name = "invalid-json-resume", value = ApiExamples.PROBLEM_422_JSON_RESUME),
                            @ExampleObject(name = "idempotency-key-reused", value = ApiExamples.PROBLEM_422_IDEMPOTENCY)}))
    @ErrorResponses.Authenticated
    @ErrorResponses.Idempotent
    @ErrorResponses.BodyLimited
    public GenerationResponse create(@Body Map<String, Object> body, Authentication authentication) {
        if (body.get("basics") instanceof Map<?, ?> && !body.containsKey("json_resume")) {
            // A JSON Resume document posted as it is, recognised by its basics object.
            var imported = importJsonResume.execute(CurrentUser.of(authentication).id(), body);
            return GenerationResponse.from(imported.generation(), imported.unmapped());
        }
        GenerationRequest request = read(body);
        if (request.jsonResume() != null) {
            if (request.contentStructured() != null || request.contentText() != null) {
                throw new InvalidContentException(
                        "json_resume cannot be combined with content_structured or content_text");
            }
            if (request.documentType() != null && !"resume".equals(request.documentType())) {
                throw new InvalidOptionException("document_type", "document_type must be resume for json_resume");
            }
            var imported = importJsonResume.execute(CurrentUser.of(authentication).id(), request.jsonResume());
            return GenerationResponse.from(imported.generation(), imported.unmapped());
        }
        return GenerationResponse.from(createGeneration.execute(new CreateGenerationCommand(
                CurrentUser.of(authentication).id(), request.documentType(), request.contentStructured(),
                request.contentText())));
    }

    /** The body as a {@link GenerationRequest}; 400 when a field has the wrong JSON type. */
    private GenerationRequest read(Map<String, Object> body) {
        try {
            return json.readValueFromTree(json.writeValueToTree(body), GenerationRequest.class);
        } catch (IOException | RuntimeException e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST,
                    "The body is not a generation: document_type and content_text must be strings, "
                            + "content_structured and json_resume objects");
        }
    }

    /** {@code GET /generations/{id}}; 404 for a missing or another user's generation. */
    @Get("/{id}")
    @Operation(summary = "Get a generation", operationId = "getGeneration")
    @ApiResponse(responseCode = "200", description = "The generation", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GenerationResponse.class),
            examples = @ExampleObject(name = "resume", value = ApiExamples.GENERATION_RESPONSE)))
    @ApiResponse(responseCode = "404", description = "No such generation for this user", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "generation-not-found", value = ApiExamples.PROBLEM_404_GENERATION)))
    @ErrorResponses.Authenticated
    public GenerationResponse get(@Parameter(description = "The generation's id", example = ApiExamples.GENERATION_ID)
                                  @PathVariable String id, Authentication authentication) {
        return GenerationResponse.from(getGeneration.execute(CurrentUser.of(authentication).id(), id));
    }
}
