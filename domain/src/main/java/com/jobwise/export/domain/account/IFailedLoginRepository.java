package com.jobwise.export.domain.account;

import com.jobwise.export.domain.error.StorageUnavailableException;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Failed-login records by account key (a hash of the normalised email address, so unknown addresses are
 * tracked too and nothing reveals which exist), shared by every instance of the service. Throws
 * {@link StorageUnavailableException} when the store cannot be reached.
 */
public interface IFailedLoginRepository {

    /** The record of {@code accountKey}, if any. */
    Optional<FailedLogins> find(String accountKey);

    /**
     * Replaces the record of {@code accountKey} by {@code change} applied to it ({@link FailedLogins#NONE} when
     * there is none) and returns the new record. Atomic per key across instances: concurrent updates of one
     * key apply one after the other, none is lost.
     */
    FailedLogins update(String accountKey, UnaryOperator<FailedLogins> change);

    /** Forgets {@code accountKey} (after a successful login). */
    void delete(String accountKey);
}
