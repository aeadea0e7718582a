package com.jobwise.export.domain.account;

/** One-way password hashing with a per-password salt (bcrypt, cost 12, in production). */
public interface IPasswordHasher {

    /** A new salted hash of {@code password}, self-describing (algorithm, cost, salt), at most 100 characters. */
    String hash(String password);

    /** Whether {@code password} is the one {@code hash} was made from; {@code false} for a malformed hash. */
    boolean matches(String password, String hash);
}
