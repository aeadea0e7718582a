package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.error.ExportException;
import com.jobwise.export.domain.error.StorageUnavailableException;
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
 * Translates what JDBC, HikariCP and Micronaut Data throw into what the ports promise, by the first SQLSTATE
 * along the causes: connection, resource and transient failures (classes 08, 40, 53, 57, 58, H2's outage codes,
 * HikariCP's pool errors, a Micronaut Data connection or transaction failure, anything unknown) become
 * {@link StorageUnavailableException} (503, retryable); a foreign-key violation (23503, H2's 23506) the caller's
 * "missing parent" error; a duplicate key (23505), another constraint, bad data (22) or a bad statement (42, 0A,
 * H2's other 90xxx) an {@link IllegalStateException} (a bug or a schema mismatch). Domain errors and any other
 * exception (a caller's callback, a bug) pass unchanged.
 */
public final class SqlErrors {
    static final String UNAVAILABLE = "Database is temporarily unavailable, please retry";
    /** H2: file locked, connection broken, database closed, shutting down, exclusive mode. */
    private static final Set<String> H2_UNAVAILABLE = Set.of("90020", "90067", "90098", "90121", "90135");

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
        SQLException sql = sqlException(e);
        if (e instanceof ExportException || (sql == null && !(e instanceof DataAccessException
                || e instanceof TransactionException || e instanceof ConnectionException))) {
            return e;
        }
        return sql == null ? new StorageUnavailableException(
                StorageUnavailableException.Part.DATABASE, UNAVAILABLE + " (" + operation + ")", e)
                : translate(operation, sql, onMissingParent);
    }

    /** As {@link #translate(String, RuntimeException, Supplier)}, for an {@link SQLException}. */
    public static RuntimeException translate(String operation, SQLException e,
                                             Supplier<? extends RuntimeException> onMissingParent) {
        return switch (classify(e)) {
            case UNAVAILABLE -> new StorageUnavailableException(
                StorageUnavailableException.Part.DATABASE, UNAVAILABLE + " (" + operation + ")", e);
            case MISSING_PARENT -> {
                RuntimeException error = onMissingParent != null ? onMissingParent.get()
                        : new IllegalStateException(operation + ": foreign key violated");
                yield error.getCause() == null ? (RuntimeException) error.initCause(e) : error;
            }
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
        } else if (state.equals("23505")) {
            return Kind.DUPLICATE_KEY;
        } else if (state.equals("23503") || state.equals("23506")) {
            return Kind.MISSING_PARENT;
        } else if (state.startsWith("23")) {
            return Kind.CONSTRAINT;
        } else if (state.startsWith("22") || state.startsWith("42") || state.startsWith("0A")
                || (state.startsWith("90") && !H2_UNAVAILABLE.contains(state))) {
            return Kind.BAD_STATEMENT;
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
            SQLException next = t instanceof SQLException sql ? sql : null;
            for (; next != null; next = next.getNextException()) {
                if (next.getSQLState() != null) {
                    return next.getSQLState();
                }
            }
        }
        return null;
    }
}
