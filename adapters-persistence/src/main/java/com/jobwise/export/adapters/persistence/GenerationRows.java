package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.account.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The {@code generations} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface GenerationRows extends GenericRepository<GenerationRows.Row, String> {

    /** A row of {@code generations}: the JSON tree as text (NULL when absent), the document type by wire name. */
    @MappedEntity("generations")
    record Row(@Id String id, String userId, String documentType, @Nullable String contentStructured,
               @Nullable String contentText, Instant createdAt) {

        static Row of(Generation generation) {
            return new Row(generation.id().value(), generation.userId().value(), generation.documentType().wireName(),
                    JsonText.write(generation.contentStructured()), generation.contentText(), generation.createdAt());
        }

        Generation toGeneration() {
            return new Generation(new GenerationId(id), new UserId(userId), DocumentType.fromWireName(documentType).orElseThrow(
                    () -> new IllegalStateException("generation " + id + " has an unknown document_type")),
                    JsonText.read(contentStructured, "generations.content_structured"), contentText, createdAt);
        }
    }

    Row save(Row row);

    Optional<Row> findByIdAndUserId(String id, String userId);
}
