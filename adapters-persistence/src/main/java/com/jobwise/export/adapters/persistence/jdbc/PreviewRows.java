package com.jobwise.export.adapters.persistence.jdbc;

import com.jobwise.export.domain.model.ExportId;
import com.jobwise.export.domain.model.Preview;
import com.jobwise.export.domain.model.UserId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Maps {@link Preview} to and from a row of {@code previews} (instants as {@code TIMESTAMP WITH TIME ZONE}
 * in UTC, {@code file_path} the object key). Internal to {@code adapters-persistence}.
 */
public final class PreviewRows {
    /** Every column, in the order {@link #bindInsert} binds them. */
    public static final String COLUMNS =
            "id, user_id, generation_id, template, file_path, file_size_bytes, expires_at, created_at";

    /** The INSERT of one row, bound by {@link #bindInsert}. */
    public static final String INSERT = "INSERT INTO previews (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private PreviewRows() {
    }

    /** Binds the parameters of {@link #INSERT}. */
    public static void bindInsert(PreparedStatement statement, Preview preview) throws SQLException {
        statement.setString(1, preview.id().toString());
        statement.setString(2, preview.userId().value());
        statement.setString(3, preview.generationId());
        statement.setString(4, preview.template());
        statement.setString(5, preview.objectKey());
        statement.setLong(6, preview.fileSizeBytes());
        statement.setObject(7, Timestamps.toColumn(preview.expiresAt()));
        statement.setObject(8, Timestamps.toColumn(preview.createdAt()));
    }

    /** The preview in the current row of a result set selecting {@link #COLUMNS}. */
    public static Preview map(ResultSet row) throws SQLException {
        return new Preview(
                new ExportId(UUID.fromString(row.getString("id"))),
                new UserId(row.getString("user_id")),
                row.getString("generation_id"),
                row.getString("template"),
                row.getString("file_path"),
                row.getLong("file_size_bytes"),
                Timestamps.fromColumn(row, "expires_at"),
                Timestamps.fromColumn(row, "created_at"));
    }
}
