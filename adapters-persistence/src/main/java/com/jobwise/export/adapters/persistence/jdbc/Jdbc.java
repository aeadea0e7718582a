package com.jobwise.export.adapters.persistence.jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A thin JDBC helper for the adapters of this module: borrows a pooled connection per call, runs one
 * prepared statement (or a callback holding the connection), and translates every {@link SQLException}
 * through {@link SqlErrors}, so callers only ever see domain errors or {@link IllegalStateException}.
 * Internal to {@code adapters-persistence}; public only because the adapters live one package up.
 */
public final class Jdbc {

    /** Binds the parameters of a prepared statement. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Work done on one borrowed connection (several statements in a row, or one transaction). */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** No parameters. */
    public static final Binder NO_PARAMETERS = statement -> {
    };

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Runs {@code work} on one connection returned to the pool afterwards; {@code operation} names the
     * call in error messages. Throws {@code StorageUnavailableException} when the database cannot be reached.
     */
    public <T> T withConnection(String operation, ConnectionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlErrors.translate(operation, e, null);
        }
    }

    /**
     * Runs {@code work} in one transaction on one connection: commits when it returns, rolls back when it
     * throws. A {@link RuntimeException} or {@link Error} from {@code work} (a domain error, a caller's
     * callback failing) propagates unchanged; an {@link SQLException} is translated as by
     * {@link #insert}, with {@code onMissingParent} (may be {@code null}) for a foreign-key violation.
     */
    public <T> T inTransaction(String operation, ConnectionWork<T> work,
                               Supplier<? extends RuntimeException> onMissingParent) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                restoreAutoCommit(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(operation, e, onMissingParent);
        }
    }

    /**
     * The domain-facing exception for an {@link SQLException} raised by JDBC code outside this class (e.g. a
     * library working on our {@link DataSource}): {@code StorageUnavailableException} for outages,
     * {@link IllegalStateException} for bugs and schema mismatches.
     */
    public static RuntimeException translate(String operation, SQLException e) {
        return SqlErrors.translate(operation, e, null);
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
            // The connection is broken; the pool discards it.
        }
    }

    /** Every row of a query, mapped. */
    public <T> List<T> query(String operation, String sql, Binder binder, RowMapper<T> mapper) {
        return withConnection(operation, connection -> query(connection, sql, binder, mapper));
    }

    /** Runs an UPDATE or DELETE; returns the number of rows it touched. */
    public int update(String operation, String sql, Binder binder) {
        return withConnection(operation, connection -> update(connection, sql, binder));
    }

    /**
     * Runs an INSERT. A foreign-key violation becomes {@code onMissingParent}'s exception, a duplicate key
     * an {@link IllegalStateException}.
     */
    public void insert(String operation, String sql, Binder binder, Supplier<? extends RuntimeException> onMissingParent) {
        try (Connection connection = dataSource.getConnection()) {
            update(connection, sql, binder);
        } catch (SQLException e) {
            throw SqlErrors.translate(operation, e, onMissingParent);
        }
    }

    /** Every row of a query on a connection the caller holds. */
    public static <T> List<T> query(Connection connection, String sql, Binder binder, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    /** An UPDATE, DELETE or INSERT on a connection the caller holds; returns the row count. */
    public static int update(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        }
    }
}
