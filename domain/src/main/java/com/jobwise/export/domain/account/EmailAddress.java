package com.jobwise.export.domain.account;

import com.jobwise.export.domain.error.InvalidAccountDetailsException;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An account's email address, normalised: surrounding blanks removed, lower case (so
 * {@code Ada@Example.COM} and {@code ada@example.com} are one account). At most 254 characters, a local part
 * of 1 to 64 characters without blanks or separators, a domain of dot-separated labels ending in a top-level
 * label of at least two letters.
 */
public record EmailAddress(String value) {
    /** The longest address accepted (RFC 5321 path limit less the angle brackets). */
    public static final int MAX_LENGTH = 254;
    private static final Pattern VALID = Pattern.compile(
            "[^\\s@,;:<>()\\[\\]\\\\\"]{1,64}@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,63}");

    /** Throws {@link IllegalArgumentException} when {@code value} is not a normalised, valid address. */
    public EmailAddress {
        Objects.requireNonNull(value, "value");
        if (!value.equals(normalise(value)) || !isValid(value)) {
            throw new IllegalArgumentException("not a normalised email address");
        }
    }

    /**
     * The address a user typed, normalised; {@link InvalidAccountDetailsException} (field {@code email}) when
     * it is missing or not a valid address.
     */
    public static EmailAddress of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidAccountDetailsException("email", "email is required");
        }
        String normalised = normalise(raw);
        if (!isValid(normalised)) {
            throw new InvalidAccountDetailsException("email", "email must be a valid email address");
        }
        return new EmailAddress(normalised);
    }

    private static String normalise(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isValid(String candidate) {
        return candidate.length() <= MAX_LENGTH && VALID.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
