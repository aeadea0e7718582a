package com.jobwise.export.adapters.persistence.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The claim-delete-commit protocol of {@code purgeExpired}, shared by {@code exports} and {@code previews}
 * (both have {@code id} and {@code expires_at} columns). In one transaction: {@code SELECT ... WHERE
 * expires_at <= ? ORDER BY expires_at, id LIMIT ? FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 2.x both run
 * it), the caller's callback, {@code DELETE ... WHERE id = ANY(?)}, commit. Rows another transaction has
 * claimed are skipped, so concurrent purgers never get the same row; a callback that throws rolls back
 * and its exception propagates unchanged. Internal to {@code adapters-persistence}.
 */
public final class ExpiredRows {
    private ExpiredRows() {
    }

    /**
     * Purges one batch of {@code table}; returns the rows deleted, 0 (without calling {@code deleteObjects})
     * when nothing is claimable. Throws {@link IllegalArgumentException} for a negative {@code limit}.
     */
    public static <T> int purge(Jdbc jdbc, String table, String columns, Jdbc.RowMapper<T> mapper,
                                Function<T, String> idOf, Instant now, int limit, Consumer<List<T>> deleteObjects) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more");
        }
        if (limit == 0) {
            return 0;
        }
        String claim = "SELECT " + columns + " FROM " + table
                + " WHERE expires_at <= ? ORDER BY expires_at, id LIMIT ? FOR UPDATE SKIP LOCKED";
        return jdbc.inTransaction("purge expired " + table, connection -> {
            List<T> claimed = Jdbc.query(connection, claim, statement -> {
                statement.setObject(1, Timestamps.toColumn(now));
                statement.setInt(2, limit);
            }, mapper);
            if (claimed.isEmpty()) {
                return 0;
            }
            deleteObjects.accept(List.copyOf(claimed));
            return deleteByIds(connection, table, claimed.stream().map(idOf).toList());
        }, null);
    }

    /** {@code DELETE FROM table WHERE id = ANY(?)} with the ids as one SQL array; returns the row count. */
    public static int deleteByIds(Connection connection, String table, Collection<String> ids) throws SQLException {
        Array array = connection.createArrayOf("VARCHAR", ids.stream().distinct().toArray());
        try {
            return Jdbc.update(connection, "DELETE FROM " + table + " WHERE id = ANY(?)",
                    statement -> statement.setArray(1, array));
        } finally {
            array.free();
        }
    }
}
