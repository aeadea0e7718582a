package com.jobwise.export.domain.account;

import com.jobwise.export.domain.error.InvalidAccountDetailsException;

/**
 * The password rules of the JobWise design (section 5.1, "Password Security"): at least
 * {@value #MIN_LENGTH} characters with an upper-case letter, a lower-case letter and a digit; at most
 * {@value #MAX_LENGTH} characters, so hashing stays bounded.
 */
public final class PasswordPolicy {
    /** Fewest characters (code points). */
    public static final int MIN_LENGTH = 8;
    /** Most characters (code points). */
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Returns {@code password} when it meets the policy; otherwise {@link InvalidAccountDetailsException} (field {@code password}). */
    public static String check(String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidAccountDetailsException("password", "password is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidAccountDetailsException("password",
                    "password must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidAccountDetailsException("password",
                    "password must be at most " + MAX_LENGTH + " characters long");
        }
        if (password.codePoints().noneMatch(Character::isUpperCase)
                || password.codePoints().noneMatch(Character::isLowerCase)
                || password.codePoints().noneMatch(Character::isDigit)) {
            throw new InvalidAccountDetailsException("password",
                    "password must contain an upper-case letter, a lower-case letter and a digit");
        }
        return password;
    }
}
