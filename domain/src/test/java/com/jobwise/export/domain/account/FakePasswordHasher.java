package com.jobwise.export.domain.account;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A fast salted {@link IPasswordHasher} for tests of the core ({@code fake$salt$sha256(salt + password)}):
 * bcrypt at cost 12 takes a quarter of a second per call. Counts its calls, so tests can check that a login
 * for an unknown email still spends a hash comparison.
 */
public class FakePasswordHasher implements IPasswordHasher {
    private final SecureRandom random = new SecureRandom();
    private int comparisons;

    @Override
    public String hash(String password) {
        byte[] salt = new byte[8];
        random.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        return "fake$" + saltHex + "$" + AccountTestData.sha256Hex(saltHex + password);
    }

    @Override
    public synchronized boolean matches(String password, String hash) {
        comparisons++;
        String[] parts = hash == null ? new String[0] : hash.split("\\$");
        return parts.length == 3 && parts[0].equals("fake")
                && parts[2].equals(AccountTestData.sha256Hex(parts[1] + password));
    }

    /** How many times {@link #matches} ran. */
    public synchronized int comparisons() {
        return comparisons;
    }
}
