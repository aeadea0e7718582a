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

    /** Work done on one borrowed connection (several statements in a row, a transaction later). */
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
