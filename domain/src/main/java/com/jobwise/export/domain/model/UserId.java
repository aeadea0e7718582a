package com.jobwise.export.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The owner of generations and exports: the JWT {@code sub}, an opaque string of 1 to 64
 * characters from {@code [A-Za-z0-9_-]}. The restriction guarantees a user id can never shape an
 * S3 key (no {@code /}, no {@code ..}).
 */
public record UserId(String value) {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public UserId {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("user id must match [A-Za-z0-9_-]{1,64}");
        }
    }

    /** Whether {@code candidate} is usable as a user id. */
    public static boolean isValid(String candidate) {
        return candidate != null && VALID.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
