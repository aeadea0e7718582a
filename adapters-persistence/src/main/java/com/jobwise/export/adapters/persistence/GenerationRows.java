package com.jobwise.export.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface GenerationRows extends GenericRepository<GenerationRow, String> {

    GenerationRow save(GenerationRow row);

    Optional<GenerationRow> findByIdAndUserId(String id, String userId);
}
