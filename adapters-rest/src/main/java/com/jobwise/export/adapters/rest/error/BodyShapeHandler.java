package com.jobwise.export.adapters.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * A body or parameter that is well-formed but of the wrong shape ({@code "exports": [null, 1]},
 * {@code "expires_in": "soon"}) answers problem+json naming the field and the expected JSON type, never the
 * decoder's words (which name Java classes): 422 for an element of an array ({@code exports[1] must be an
 * object}), 400 otherwise ({@code expires_in must be a number}). Replaces the framework's handler.
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
@Produces(Problem.MEDIA_TYPE)
@Requires(classes = ExceptionHandler.class)
public class BodyShapeHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {
    /** Request attribute where a filter keeps the body's bytes ({@code byte[]}), so the field can be named. */
    public static final String BODY = BodyShapeHandler.class.getName() + ".body";

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        String message = messages(exception);
        Optional<String> field = request.getAttribute(BODY, byte[].class)
                .flatMap(body -> JsonFieldLocator.location(message)
                        .flatMap(at -> JsonFieldLocator.fieldAt(body, at[0], at[1])));
        if (field.isEmpty() && !"request".equals(exception.getArgument().getName())
                && !"body".equals(exception.getArgument().getName())) {
            field = Optional.of(exception.getArgument().getName());
        }
        String detail = field.map(f -> f + " must be " + expected(message))
                .orElse("The request body does not match the documented schema");
        HttpStatus status = field.filter(f -> f.contains("[")).isPresent()
                ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_REQUEST;
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE)
                .body(Problem.of(status.getCode(), status.getReason(), detail));
    }

    /** Every message of the exception's cause chain, joined. */
    private static String messages(Throwable exception) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = exception; t != null && all.length() < 4000; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    /** The JSON type the decoder expected, in words. */
    static String expected(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("expected start_object") || m.contains("expected object")) {
            return "an object";
        }
        if (m.contains("expected start_array") || m.contains("expected array")) {
            return "an array";
        }
        if (m.contains("expected value_string") || m.contains("java.lang.string")) {
            return "a string";
        }
        if (m.contains("boolean")) {
            return "true or false";
        }
        if (m.contains("integer") || m.contains("java.lang.long") || m.contains("number")
                || m.contains("value_number") || m.contains("java.lang.double")) {
            return "a number";
        }
        return "of the documented type";
    }
}
