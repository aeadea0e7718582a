package com.jobwise.export.adapters.persistence.jdbc;

import com.jobwise.export.domain.model.DocumentType;
import com.jobwise.export.domain.model.Export;
import com.jobwise.export.domain.model.ExportFormat;
import com.jobwise.export.domain.model.ExportId;
import com.jobwise.export.domain.model.UserId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;

/**
 * Maps {@link Export} to and from a row of {@code exports}. Enums are stored by their spec wire names
 * ({@code 'resume'}, {@code 'pdf'}), instants as {@code TIMESTAMP WITH TIME ZONE} in UTC, JSON trees as text.
 * Internal to {@code adapters-persistence}.
 */
public final class ExportRows {
    /** Every column, in the order {@link #bindInsert} binds them. */
    public static final String COLUMNS = "id, user_id, generation_id, document_type, format, template, filename, "
            + "file_path, file_size_bytes, page_count, options, metadata, download_count, expires_at, created_at";

    /** The INSERT of one row, bound by {@link #bindInsert}. */
    public static final String INSERT = "INSERT INTO exports (" + COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private ExportRows() {
    }

    /** Binds the parameters of {@link #INSERT}. */
    public static void bindInsert(PreparedStatement statement, Export export) throws SQLException {
        statement.setString(1, export.id().toString());
        statement.setString(2, export.userId().value());
        statement.setString(3, export.generationId());
        statement.setString(4, export.documentType().wireName());
        statement.setString(5, export.format().wireName());
        statement.setString(6, export.template());
        statement.setString(7, export.filename());
        statement.setString(8, export.objectKey());
        statement.setLong(9, export.fileSizeBytes());
        if (export.pageCount() == null) {
            statement.setNull(10, Types.INTEGER);
        } else {
            statement.setInt(10, export.pageCount());
        }
        statement.setString(11, JsonText.write(export.options()));
        statement.setString(12, JsonText.write(export.metadata()));
        statement.setInt(13, export.downloadCount());
        statement.setObject(14, Timestamps.toColumn(export.expiresAt()));
        statement.setObject(15, Timestamps.toColumn(export.createdAt()));
    }

    /** The export in the current row of a result set selecting {@link #COLUMNS}. */
    public static Export map(ResultSet row) throws SQLException {
        String id = row.getString("id");
        int pageCount = row.getInt("page_count");
        Integer pages = row.wasNull() ? null : pageCount;
        return new Export(
                new ExportId(UUID.fromString(id)),
                new UserId(row.getString("user_id")),
                row.getString("generation_id"),
                DocumentType.fromWireName(row.getString("document_type")).orElseThrow(
                        () -> new IllegalStateException("export " + id + " has an unknown document_type")),
                ExportFormat.fromWireName(row.getString("format")).orElseThrow(
                        () -> new IllegalStateException("export " + id + " has an unknown format")),
                row.getString("template"),
                row.getString("filename"),
                row.getString("file_path"),
                row.getLong("file_size_bytes"),
                pages,
                JsonText.read(row.getString("options"), "exports.options"),
                JsonText.read(row.getString("metadata"), "exports.metadata"),
                row.getInt("download_count"),
                Timestamps.fromColumn(row, "expires_at"),
                Timestamps.fromColumn(row, "created_at"));
    }
}
