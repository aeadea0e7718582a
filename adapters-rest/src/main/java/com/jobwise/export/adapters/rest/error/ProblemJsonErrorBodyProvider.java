package com.jobwise.export.adapters.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gives every error the framework answers by itself (malformed JSON, unknown route, wrong method or media
 * type, 401/403 from the security filter) the same problem+json body with a {@code detail} field. The
 * framework's words pass only when they name no Java class, package or library: a JSON syntax error keeps
 * the decoder's first sentence and its line and column, anything else that would leak becomes a plain sentence
 * for its status.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemJsonErrorBodyProvider implements JsonErrorResponseBodyProvider<Problem> {
    /** What an error body must never contain: a qualified class name, an exception, a library's name. */
    public static final Pattern INTERNALS = Pattern.compile(
            "[a-z]+\\.[a-z]+\\.[A-Z]\\w+|Exception|jackson|micronaut|netty|serde|java\\.|StreamReadFeature|\\[Source",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCATION = Pattern.compile("line: (\\d+), column: (\\d+)");

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        String detail = context.getErrors().isEmpty()
                ? response.reason()
                : context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        if (response.code() == 400 && detail.equals(response.reason())) {
            detail = null; // the decoder refused the request line or a header: say so
        }
        return Problem.of(response.code(), response.reason(), clean(response.code(), detail));
    }

    /** {@code detail} as a client may see it. */
    static String clean(int status, String detail) {
        if (status >= 500) {
            return "Internal server error";
        }
        if (detail == null || detail.isBlank()) {
            return plain(status);
        }
        if (detail.startsWith("Invalid JSON")) {
            String first = detail.split("\n", 2)[0].replaceFirst("^Invalid JSON:\\s*", "");
            Matcher at = LOCATION.matcher(detail);
            detail = "Malformed JSON: " + first + (at.find() ? " (line " + at.group(1) + ", column " + at.group(2) + ")" : "");
        } else if (detail.startsWith("Required Body")) {
            detail = "A JSON body is required";
        }
        return INTERNALS.matcher(detail).find() ? plain(status) : detail;
    }

    private static String plain(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: a header, the path or the body could not be read "
                    + "(control characters such as NUL are refused)";
            case 404 -> "No such resource";
            case 405 -> "This route does not take that method";
            case 406 -> "The requested media type cannot be produced";
            case 413 -> "The request is too large";
            case 415 -> "Unsupported media type: send the body as application/json";
            default -> "The request was refused";
        };
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
