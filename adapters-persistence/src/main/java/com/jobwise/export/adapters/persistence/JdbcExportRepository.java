package com.jobwise.export.adapters.persistence;

import com.jobwise.export.adapters.persistence.jdbc.ExportRows;
import com.jobwise.export.adapters.persistence.jdbc.Jdbc;
import com.jobwise.export.adapters.persistence.jdbc.Timestamps;
import com.jobwise.export.domain.model.Export;
import com.jobwise.export.domain.model.ExportId;
import com.jobwise.export.domain.model.GenerationNotFoundException;
import com.jobwise.export.domain.model.StorageUnavailableException;
import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.ExportPage;
import com.jobwise.export.domain.port.ExportQuery;
import com.jobwise.export.domain.port.IExportRepository;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IExportRepository} on the {@code exports} table (PostgreSQL in production, H2 embedded): one
 * portable SQL statement per call, every filter, page, count and sum done by the database.
 *
 * <p>Errors: {@link StorageUnavailableException} when the database cannot be reached;
 * {@link GenerationNotFoundException} when {@link #save} names a generation that does not exist
 * (foreign key {@code generation_id}); {@link IllegalStateException} for a duplicate id or a row the
 * domain rejects.
 */
@Singleton
public class JdbcExportRepository implements IExportRepository {
    private static final String SELECT = "SELECT " + ExportRows.COLUMNS + " FROM exports";

    private final Jdbc jdbc;

    /** Uses {@code dataSource}, whose schema the Flyway migrations of this module have created. */
    public JdbcExportRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void save(Export export) {
        Objects.requireNonNull(export, "export");
        jdbc.insert("save export", ExportRows.INSERT, statement -> ExportRows.bindInsert(statement, export),
                GenerationNotFoundException::new);
    }

    @Override
    public Optional<Export> findByIdAndUser(ExportId id, UserId userId) {
        List<Export> found = jdbc.query("find export", SELECT + " WHERE id = ? AND user_id = ?", statement -> {
            statement.setString(1, id.toString());
            statement.setString(2, userId.value());
        }, ExportRows::map);
        return found.stream().findFirst();
    }

    /** Newest first ({@code created_at DESC, id}); the page and the COUNT run on the same connection. */
    @Override
    public ExportPage findByUser(UserId userId, ExportQuery query) {
        List<String> values = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE user_id = ?");
        values.add(userId.value());
        if (query.format() != null) {
            where.append(" AND format = ?");
            values.add(query.format().wireName());
        }
        if (query.documentType() != null) {
            where.append(" AND document_type = ?");
            values.add(query.documentType().wireName());
        }
        if (query.template() != null) {
            where.append(" AND template = ?");
            values.add(query.template());
        }
        String count = "SELECT COUNT(*) FROM exports" + where;
        String page = SELECT + where + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?";
        return jdbc.withConnection("list exports", connection -> {
            long total = Jdbc.query(connection, count, statement -> bindAll(statement, values),
                    row -> row.getLong(1)).getFirst();
            List<Export> items = total <= query.offset() ? List.of() : Jdbc.query(connection, page, statement -> {
                int next = bindAll(statement, values);
                statement.setInt(next, query.limit());
                statement.setInt(next + 1, query.offset());
            }, ExportRows::map);
            return new ExportPage(items, total);
        });
    }

    @Override
    public boolean delete(ExportId id, UserId userId) {
        return jdbc.update("delete export", "DELETE FROM exports WHERE id = ? AND user_id = ?", statement -> {
            statement.setString(1, id.toString());
            statement.setString(2, userId.value());
        }) > 0;
    }

    /** One atomic {@code UPDATE ... SET download_count = download_count + 1}: concurrent downloads all count. */
    @Override
    public boolean incrementDownloadCount(ExportId id, UserId userId) {
        return jdbc.update("count download",
                "UPDATE exports SET download_count = download_count + 1 WHERE id = ? AND user_id = ?", statement -> {
                    statement.setString(1, id.toString());
                    statement.setString(2, userId.value());
                }) > 0;
    }

    @Override
    public long totalSizeBytes(UserId userId, Instant now) {
        return jdbc.query("sum export sizes",
                "SELECT COALESCE(SUM(file_size_bytes), 0) FROM exports WHERE user_id = ? AND expires_at > ?",
                statement -> {
                    statement.setString(1, userId.value());
                    statement.setObject(2, Timestamps.toColumn(now));
                }, row -> row.getLong(1)).getFirst();
    }

    /**
     * Oldest expiry first, through {@code idx_exports_expires_at}. Not locking: cleanup across several
     * instances can add {@code FOR UPDATE SKIP LOCKED} inside a transaction (both databases accept it).
     */
    @Override
    public List<Export> findExpired(Instant now, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more");
        }
        if (limit == 0) {
            return List.of();
        }
        return jdbc.query("find expired exports", SELECT + " WHERE expires_at <= ? ORDER BY expires_at, id LIMIT ?",
                statement -> {
                    statement.setObject(1, Timestamps.toColumn(now));
                    statement.setInt(2, limit);
                }, ExportRows::map);
    }

    /** One {@code DELETE ... WHERE id = ANY(?)} with the ids as an SQL array, whatever their number. */
    @Override
    public int deleteAll(List<ExportId> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        Object[] values = ids.stream().map(ExportId::toString).distinct().toArray();
        return jdbc.withConnection("delete exports", connection -> {
            Array array = connection.createArrayOf("VARCHAR", values);
            try {
                return Jdbc.update(connection, "DELETE FROM exports WHERE id = ANY(?)",
                        statement -> statement.setArray(1, array));
            } finally {
                array.free();
            }
        });
    }

    /** Binds {@code values} from parameter 1 on; returns the next free parameter index. */
    private static int bindAll(PreparedStatement statement, List<String> values) throws SQLException {
        int index = 1;
        for (String value : values) {
            statement.setString(index++, value);
        }
        return index;
    }
}
