package com.jobwise.export.adapters.persistence;

import com.jobwise.export.adapters.persistence.jdbc.GenerationRows;
import com.jobwise.export.adapters.persistence.jdbc.Jdbc;
import com.jobwise.export.domain.model.Generation;
import com.jobwise.export.domain.model.StorageUnavailableException;
import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.IGenerationRepository;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IGenerationRepository} on the {@code generations} table; {@code content_structured} is stored as
 * JSON text and read back as the same tree of plain values, keys in stored order.
 *
 * <p>Errors: {@link StorageUnavailableException} when the database cannot be reached;
 * {@link IllegalStateException} for a duplicate id.
 */
@Singleton
public class JdbcGenerationRepository implements IGenerationRepository {
    private final Jdbc jdbc;

    /** Uses {@code dataSource}, whose schema the Flyway migrations of this module have created. */
    public JdbcGenerationRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void save(Generation generation) {
        Objects.requireNonNull(generation, "generation");
        jdbc.insert("save generation", GenerationRows.INSERT,
                statement -> GenerationRows.bindInsert(statement, generation), null);
    }

    @Override
    public Optional<Generation> findByIdAndUser(String id, UserId userId) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.query("find generation",
                "SELECT " + GenerationRows.COLUMNS + " FROM generations WHERE id = ? AND user_id = ?", statement -> {
                    statement.setString(1, id);
                    statement.setString(2, userId.value());
                }, GenerationRows::map).stream().findFirst();
    }
}
