package com.jobwise.export.adapters.rest.generation;

import com.jobwise.export.adapters.rest.security.CurrentUser;
import com.jobwise.export.application.generation.CreateGeneration;
import com.jobwise.export.application.generation.CreateGenerationCommand;
import com.jobwise.export.application.generation.GetGeneration;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/**
 * {@code /api/v1/generations}: lets the service stand alone by storing generations to export.
 * Scoped by the caller like every route.
 */
@Controller("/api/v1/generations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class GenerationController {
    private final CreateGeneration createGeneration;
    private final GetGeneration getGeneration;

    public GenerationController(CreateGeneration createGeneration, GetGeneration getGeneration) {
        this.createGeneration = createGeneration;
        this.getGeneration = getGeneration;
    }

    /** {@code POST /generations} → 201 with the stored generation and its new {@code id}. */
    @Post
    @Status(HttpStatus.CREATED)
    public GenerationResponse create(@Body GenerationRequest request, Authentication authentication) {
        return GenerationResponse.from(createGeneration.execute(new CreateGenerationCommand(
                CurrentUser.of(authentication).id(), request.documentType(), request.contentStructured(),
                request.contentText())));
    }

    /** {@code GET /generations/{id}}; 404 for a missing or another user's generation. */
    @Get("/{id}")
    public GenerationResponse get(@PathVariable String id, Authentication authentication) {
        return GenerationResponse.from(getGeneration.execute(CurrentUser.of(authentication).id(), id));
    }
}
