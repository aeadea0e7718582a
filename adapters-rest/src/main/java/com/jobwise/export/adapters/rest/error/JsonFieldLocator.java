package com.jobwise.export.adapters.rest.error;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the JSON field a decoding error is about, from the body and the line and column the decoder reported:
 * {@code exports[2]}, {@code options.font_size}. The body is re-read token by token with Jackson's streaming
 * parser up to that position.
 */
final class JsonFieldLocator {
    private static final Pattern LOCATION = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final JsonFactory JSON = new JsonFactory();

    private JsonFieldLocator() {
    }

    /** The {@code line: L, column: C} a decoder message reports, if any: {@code [line, column]}. */
    static Optional<int[]> location(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher m = LOCATION.matcher(message);
        return m.find() ? Optional.of(new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))})
                : Optional.empty();
    }

    /**
     * The field whose value ends at or after {@code line}/{@code column} (1-based, where the decoder stopped), as
     * a path ({@code exports[2].format}); empty when the body cannot be read that far or the error is at the root.
     */
    static Optional<String> fieldAt(byte[] body, int line, int column) {
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonLocation end = parser.currentLocation();
                boolean reached = end.getLineNr() > line || (end.getLineNr() == line && end.getColumnNr() >= column);
                if (reached && token != JsonToken.FIELD_NAME) {
                    return Optional.of(path(parser.getParsingContext().pathAsPointer().toString()))
                            .filter(p -> !p.isEmpty());
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** An RFC 6901 pointer as a field path: {@code /exports/2/format} → {@code exports[2].format}. */
    static String path(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(name);
            }
        }
        return path.toString();
    }
}
