package com.jobwise.export.adapters.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.stream.Collectors;

/**
 * Gives every error the framework answers by itself (malformed JSON, unknown route, wrong method,
 * 401/403 from the security filter) the same problem+json body with a {@code detail} field.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemJsonErrorBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        String detail = context.getErrors().isEmpty()
                ? response.reason()
                : context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        if (response.code() >= 500) {
            detail = "Internal server error";
        }
        return Problem.of(response.code(), response.reason(), detail);
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
