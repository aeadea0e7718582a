package com.jobwise.export.adapters.persistence;

import com.jobwise.export.adapters.persistence.jdbc.ExpiredRows;
import com.jobwise.export.adapters.persistence.jdbc.ExportRows;
import com.jobwise.export.adapters.persistence.jdbc.Jdbc;
import com.jobwise.export.adapters.persistence.jdbc.ReferencedKeys;
import com.jobwise.export.adapters.persistence.jdbc.Timestamps;
import com.jobwise.export.domain.model.Export;
import com.jobwise.export.domain.model.ExportId;
import com.jobwise.export.domain.model.GenerationNotFoundException;
import com.jobwise.export.domain.model.QuotaExceededException;
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
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@link IExportRepository} on the {@code exports} table (PostgreSQL in production, H2 embedded): the same
 * portable SQL on both, every filter, page, count and sum done by the database; the quota check and the
 * purge run in one transaction each.
 *
 * <p>Errors: {@link StorageUnavailableException} when the database cannot be reached;
 * {@link GenerationNotFoundException} when {@link #save} or {@link #saveWithinQuota} names a generation
 * that does not exist (foreign key {@code generation_id}); {@link QuotaExceededException} from
 * {@link #saveWithinQuota}; {@link IllegalStateException} for a duplicate id or a row the domain rejects.
 */
@Singleton
public class JdbcExportRepository implements IExportRepository {
    private static final String SELECT = "SELECT " + ExportRows.COLUMNS + " FROM exports";
    private static final String SUM_LIVE_SIZES =
            "SELECT COALESCE(SUM(file_size_bytes), 0) FROM exports WHERE user_id = ? AND expires_at > ?";

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
        return jdbc.query("sum export sizes", SUM_LIVE_SIZES,
                statement -> {
                    statement.setString(1, userId.value());
                    statement.setObject(2, Timestamps.toColumn(now));
                }, row -> row.getLong(1)).getFirst();
    }

    /**
     * One transaction: {@code INSERT INTO storage_locks ... ON CONFLICT DO NOTHING} and {@code SELECT ... FOR
     * UPDATE} of the user's row in {@code storage_locks} (which serialises every quota-checked save of that
     * user, across instances, on PostgreSQL and H2 alike), then the SUM of live sizes, then the INSERT.
     * Plain {@link #save} does not take the lock; deletes only free space, so they need none.
     */
    @Override
    public void saveWithinQuota(Export export, long limitBytes, Instant now) {
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(now, "now");
        String user = export.userId().value();
        jdbc.inTransaction("save export within quota", connection -> {
            Jdbc.update(connection, "INSERT INTO storage_locks (user_id) VALUES (?) ON CONFLICT DO NOTHING",
                    statement -> statement.setString(1, user));
            Jdbc.query(connection, "SELECT user_id FROM storage_locks WHERE user_id = ? FOR UPDATE",
                    statement -> statement.setString(1, user), row -> row.getString(1));
            long used = Jdbc.query(connection, SUM_LIVE_SIZES, statement -> {
                statement.setString(1, user);
                statement.setObject(2, Timestamps.toColumn(now));
            }, row -> row.getLong(1)).getFirst();
            if (export.fileSizeBytes() > limitBytes - used) {
                throw new QuotaExceededException(used, export.fileSizeBytes(), limitBytes);
            }
            Jdbc.update(connection, ExportRows.INSERT, statement -> ExportRows.bindInsert(statement, export));
            return null;
        }, GenerationNotFoundException::new);
    }

    /**
     * Claims up to {@code limit} expired rows with {@code FOR UPDATE SKIP LOCKED} (oldest expiry first,
     * through {@code idx_exports_expires_at}), hands them to {@code deleteObjects}, deletes them and commits;
     * see {@link ExpiredRows}.
     */
    @Override
    public int purgeExpired(Instant now, int limit, Consumer<List<Export>> deleteObjects) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(deleteObjects, "deleteObjects");
        return ExpiredRows.purge(jdbc, "exports", ExportRows.COLUMNS, ExportRows::map, e -> e.id().toString(),
                now, limit, deleteObjects);
    }

    /** One {@code SELECT DISTINCT file_path ... WHERE file_path = ANY(?)} per 1,000 keys, through {@code idx_exports_file_path}. */
    @Override
    public Set<String> findExistingObjectKeys(Collection<String> objectKeys) {
        return ReferencedKeys.find(jdbc, ReferencedKeys.Table.EXPORTS, objectKeys);
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
