package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.model.ExportException;
import com.jobwise.export.domain.model.StorageUnavailableException;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.TransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Translates what JDBC, HikariCP and Micronaut Data throw into what the ports promise, by the SQLSTATE found
 * along the cause chain:
 * <ul>
 *   <li>connection, resource and transient failures (classes 08, 40, 53, 57, 58, HikariCP's pool errors, a
 *       Micronaut Data connection or transaction failure without SQLSTATE, anything unknown) become
 *       {@link StorageUnavailableException} (503, retryable);</li>
 *   <li>a foreign-key violation (23503, H2's 23506) becomes the caller's "missing parent" error;</li>
 *   <li>a duplicate key (23505), another constraint, bad data (22) or a bad statement (42, 0A, most of H2's
 *       90xxx) becomes {@link IllegalStateException}: a bug or a schema mismatch, not worth a retry.</li>
 * </ul>
 * Domain errors and any other exception (a caller's callback, a bug) pass unchanged.
 */
public final class SqlErrors {
    static final String UNAVAILABLE = "Database is temporarily unavailable, please retry";

    /** H2's own SQLSTATEs that mean the database, not the statement, is the problem. */
    private static final Set<String> H2_UNAVAILABLE = Set.of(
            "90020", // database in use / file locked
            "90067", // connection broken
            "90098", // database closed
            "90121", // database called at shutdown
            "90135"); // database in exclusive mode

    enum Kind { UNAVAILABLE, DUPLICATE_KEY, MISSING_PARENT, CONSTRAINT, BAD_STATEMENT }

    private SqlErrors() {
    }

    /**
     * The domain-facing exception for {@code e}, raised while doing {@code operation} (named in the message);
     * {@code onMissingParent} (may be {@code null}: then {@link IllegalStateException}) makes the error of a
     * foreign-key violation. Returns {@code e} itself when it is no database failure.
     */
    public static RuntimeException translate(String operation, RuntimeException e,
                                             Supplier<? extends RuntimeException> onMissingParent) {
        if (e instanceof ExportException) {
            return e;
        }
        SQLException sql = sqlException(e);
        if (sql == null) {
            boolean database = e instanceof DataAccessException || e instanceof TransactionException
                    || e instanceof ConnectionException;
            return database ? new StorageUnavailableException(UNAVAILABLE + " (" + operation + ")", e) : e;
        }
        return translate(operation, sql, onMissingParent);
    }

    /** The domain-facing exception for an {@link SQLException}, as {@link #translate(String, RuntimeException, Supplier)}. */
    public static RuntimeException translate(String operation, SQLException e,
                                             Supplier<? extends RuntimeException> onMissingParent) {
        return switch (classify(e)) {
            case UNAVAILABLE -> new StorageUnavailableException(UNAVAILABLE + " (" + operation + ")", e);
            case MISSING_PARENT -> onMissingParent != null
                    ? withCause(onMissingParent.get(), e)
                    : new IllegalStateException(operation + ": foreign key violated", e);
            case DUPLICATE_KEY -> new IllegalStateException(operation + ": duplicate key", e);
            case CONSTRAINT -> new IllegalStateException(operation + ": constraint violated", e);
            case BAD_STATEMENT -> new IllegalStateException(operation + ": statement rejected by the database", e);
        };
    }

    static Kind classify(SQLException e) {
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException
                || e instanceof SQLNonTransientConnectionException) {
            return Kind.UNAVAILABLE;
        }
        String state = sqlState(e);
        if (state == null) {
            return Kind.UNAVAILABLE; // e.g. HikariCP: "HikariDataSource ... has been closed"
        }
        if (state.equals("23505")) {
            return Kind.DUPLICATE_KEY;
        }
        if (state.equals("23503") || state.equals("23506")) {
            return Kind.MISSING_PARENT;
        }
        if (state.startsWith("23")) {
            return Kind.CONSTRAINT;
        }
        if (state.startsWith("22") || state.startsWith("42") || state.startsWith("0A")) {
            return Kind.BAD_STATEMENT;
        }
        if (state.startsWith("90")) {
            return H2_UNAVAILABLE.contains(state) ? Kind.UNAVAILABLE : Kind.BAD_STATEMENT;
        }
        return Kind.UNAVAILABLE;
    }

    /** The first {@link SQLException} along the causes of {@code e}, or {@code null}. */
    static SQLException sqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** The first SQLSTATE along the exception, its chained exceptions and its causes. */
    private static String sqlState(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null) {
                        return next.getSQLState();
                    }
                }
            }
        }
        return null;
    }

    private static RuntimeException withCause(RuntimeException error, SQLException cause) {
        if (error.getCause() == null) {
            error.initCause(cause);
        }
        return error;
    }
}
