package com.jobwise.export.adapters.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * {@link Instant} to and from {@code TIMESTAMP WITH TIME ZONE} through JDBC 4.2's {@link OffsetDateTime}, so
 * neither the JVM's nor the session's time zone plays any part. Both databases keep microseconds.
 * Internal to {@code adapters-persistence}.
 */
public final class Timestamps {
    private Timestamps() {
    }

    /** The value to bind with {@code setObject}; {@code null} stays {@code null}. */
    public static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The instant in {@code column} of the current row; {@code null} for SQL NULL. */
    public static Instant fromColumn(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
