package com.jobwise.export.domain.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The owner of generations and exports: the JWT {@code sub} of any identity provider, an opaque string of 1 to
 * 255 printable ASCII characters without whitespace or control characters ({@code [\x21-\x7E]{1,255}}), such as
 * {@code auth0|abc}, {@code google-oauth2|123} or {@code x@example.com}.
 *
 * <p>Such a value may contain {@code /} or {@code ..}, so it never shapes an object key or a path directly:
 * {@link #pathSegment()} gives its safe, injective form.
 */
public record UserId(String value) {
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String ENCODED_PREFIX = "~";

    public UserId {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("user id must be 1 to 255 printable ASCII characters without spaces");
        }
    }

    /** Whether {@code candidate} is usable as a user id: {@code [\x21-\x7E]{1,255}}. */
    public static boolean isValid(String candidate) {
        return candidate != null && VALID.matcher(candidate).matches();
    }

    /**
     * The user id as one segment of an object key or file path: the value itself when it matches
     * {@code [A-Za-z0-9_-]{1,64}} (the ids of existing users, whose keys stay unchanged), otherwise {@code ~}
     * followed by the unpadded base64url of its UTF-8 bytes. The mapping is injective ({@code ~} never occurs in
     * the plain form) and the result never contains {@code /}, a dot or a character outside
     * {@code [A-Za-z0-9_~-]}; it is at most 341 characters long.
     */
    public String pathSegment() {
        if (PLAIN.matcher(value).matches()) {
            return value;
        }
        return ENCODED_PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return value;
    }
}
