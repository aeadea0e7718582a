package com.jobwise.export.domain.account;

import com.jobwise.export.domain.error.EmailAlreadyRegisteredException;
import com.jobwise.export.domain.error.StorageUnavailableException;

import java.util.Optional;

/**
 * The local accounts ({@code users} table), used only when the service issues its own tokens. Throws
 * {@link StorageUnavailableException} when the store cannot be reached.
 */
public interface IUserRepository {

    /**
     * Inserts a new account. {@link EmailAlreadyRegisteredException} when another account has the same
     * email (checked atomically by the store, so two concurrent registrations cannot both succeed);
     * {@link IllegalStateException} for a duplicate id.
     */
    void save(User user);

    /** The account with {@code id}. */
    Optional<User> findById(UserId id);

    /** The account with {@code email} (already normalised, so the match is exact). */
    Optional<User> findByEmail(EmailAddress email);
}
