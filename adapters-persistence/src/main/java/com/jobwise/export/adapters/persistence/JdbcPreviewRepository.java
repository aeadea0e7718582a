package com.jobwise.export.adapters.persistence;

import com.jobwise.export.adapters.persistence.jdbc.ExpiredRows;
import com.jobwise.export.adapters.persistence.jdbc.Jdbc;
import com.jobwise.export.adapters.persistence.jdbc.ReferencedKeys;
import com.jobwise.export.adapters.persistence.jdbc.PreviewRows;
import com.jobwise.export.domain.model.ExportId;
import com.jobwise.export.domain.model.GenerationNotFoundException;
import com.jobwise.export.domain.model.Preview;
import com.jobwise.export.domain.model.StorageUnavailableException;
import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.IPreviewRepository;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link IPreviewRepository} on the {@code previews} table (migration V2), with the same portable SQL on
 * PostgreSQL and H2 and the same purge protocol as {@link JdbcExportRepository}.
 *
 * <p>Errors: {@link StorageUnavailableException} when the database cannot be reached;
 * {@link GenerationNotFoundException} when {@link #save} names a generation that does not exist (foreign
 * key {@code generation_id}, which cascades deletes from {@code generations}); {@link IllegalStateException}
 * for a duplicate id.
 */
@Singleton
public class JdbcPreviewRepository implements IPreviewRepository {
    private final Jdbc jdbc;

    /** Uses {@code dataSource}, whose schema the Flyway migrations of this module have created. */
    public JdbcPreviewRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void save(Preview preview) {
        Objects.requireNonNull(preview, "preview");
        jdbc.insert("save preview", PreviewRows.INSERT, statement -> PreviewRows.bindInsert(statement, preview),
                GenerationNotFoundException::new);
    }

    @Override
    public Optional<Preview> findByIdAndUser(ExportId id, UserId userId) {
        return jdbc.query("find preview",
                "SELECT " + PreviewRows.COLUMNS + " FROM previews WHERE id = ? AND user_id = ?", statement -> {
                    statement.setString(1, id.toString());
                    statement.setString(2, userId.value());
                }, PreviewRows::map).stream().findFirst();
    }

    /** Oldest expiry first through {@code idx_previews_expires_at}; claim, callback, delete, commit (see {@link ExpiredRows}). */
    @Override
    public int purgeExpired(Instant now, int limit, Consumer<List<Preview>> deleteObjects) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(deleteObjects, "deleteObjects");
        return ExpiredRows.purge(jdbc, "previews", PreviewRows.COLUMNS, PreviewRows::map, p -> p.id().toString(),
                now, limit, deleteObjects);
    }

    @Override
    public Set<String> findExistingObjectKeys(Collection<String> objectKeys) {
        return ReferencedKeys.find(jdbc, ReferencedKeys.Table.PREVIEWS, objectKeys);
    }
}
