package com.jobwise.export.adapters.rest.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import com.jobwise.export.domain.account.IPasswordHasher;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/**
 * {@link IPasswordHasher} with bcrypt (Patrick Favre-Bulle's {@code at.favre.lib:bcrypt}), cost
 * {@value #COST} as the JobWise design requires: a 16-byte random salt per hash, output in the modular crypt
 * format {@code $2a$12$<22 salt chars><31 hash chars>} (60 characters). Passwords longer than bcrypt's 72 bytes
 * are first reduced with SHA-512 rather than silently truncated, so every character counts. Hashes of the
 * {@code $2b$}/{@code $2y$} variants (e.g. from Python's passlib) verify too.
 */
@Singleton
public class BcryptPasswordHasher implements IPasswordHasher {
    /** The bcrypt cost factor: 2^12 rounds. */
    public static final int COST = 12;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);

    private final BCrypt.Hasher hasher = BCrypt.with(VERSION, LONG_PASSWORDS);
    private final BCrypt.Verifyer verifyer = BCrypt.verifyer(VERSION, LONG_PASSWORDS);

    @Override
    public String hash(String password) {
        return new String(hasher.hash(COST, password.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Override
    public boolean matches(String password, String hash) {
        if (password == null || hash == null || hash.isEmpty()) {
            return false;
        }
        try {
            return verifyer.verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                    .verified;
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
