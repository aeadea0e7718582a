package com.jobwise.export.adapters.persistence.jdbc;

import com.jobwise.export.domain.model.DocumentType;
import com.jobwise.export.domain.model.Generation;
import com.jobwise.export.domain.model.UserId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Maps {@link Generation} to and from a row of {@code generations}: {@code content_structured} is the JSON
 * tree as text (NULL when absent), {@code document_type} the spec's wire name. Internal to
 * {@code adapters-persistence}.
 */
public final class GenerationRows {
    /** Every column, in the order {@link #bindInsert} binds them. */
    public static final String COLUMNS = "id, user_id, document_type, content_structured, content_text, created_at";

    /** The INSERT of one row, bound by {@link #bindInsert}. */
    public static final String INSERT = "INSERT INTO generations (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";

    private GenerationRows() {
    }

    /** Binds the parameters of {@link #INSERT}. */
    public static void bindInsert(PreparedStatement statement, Generation generation) throws SQLException {
        statement.setString(1, generation.id());
        statement.setString(2, generation.userId().value());
        statement.setString(3, generation.documentType().wireName());
        statement.setString(4, JsonText.write(generation.contentStructured()));
        statement.setString(5, generation.contentText());
        statement.setObject(6, Timestamps.toColumn(generation.createdAt()));
    }

    /** The generation in the current row of a result set selecting {@link #COLUMNS}. */
    public static Generation map(ResultSet row) throws SQLException {
        String id = row.getString("id");
        return new Generation(
                id,
                new UserId(row.getString("user_id")),
                DocumentType.fromWireName(row.getString("document_type")).orElseThrow(
                        () -> new IllegalStateException("generation " + id + " has an unknown document_type")),
                JsonText.read(row.getString("content_structured"), "generations.content_structured"),
                row.getString("content_text"),
                Timestamps.fromColumn(row, "created_at"));
    }
}
