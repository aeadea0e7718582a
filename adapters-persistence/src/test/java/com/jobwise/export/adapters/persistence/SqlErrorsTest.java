package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.error.GenerationNotFoundException;
import com.jobwise.export.domain.error.StorageUnavailableException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** SQLSTATE classes of PostgreSQL and H2 to domain errors. */
class SqlErrorsTest {

    private static RuntimeException translate(SQLException e) {
        return SqlErrors.translate("test op", e, GenerationNotFoundException::new);
    }

    @Test
    void connectionAndResourceFailuresAreRetryableStorageUnavailable() {
        for (String state : new String[] {"08001", "08006", "57P01", "53300", "40001", "90067", "90098", "XX000"}) {
            RuntimeException error = translate(new SQLException("boom", state));
            assertThat(error).as(state).isInstanceOf(StorageUnavailableException.class);
            assertThat(error.getMessage()).contains("temporarily unavailable").contains("test op");
            assertThat(error.getCause()).isInstanceOf(SQLException.class);
        }
        assertThat(translate(new SQLTransientConnectionException("pool timeout")))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(translate(new SQLException("pool closed"))).isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void foreignKeyViolationIsTheCallersMissingParentError() {
        assertThat(translate(new SQLException("fk", "23503"))).isInstanceOf(GenerationNotFoundException.class)
                .hasCauseInstanceOf(SQLException.class);
        assertThat(translate(new SQLException("h2 fk", "23506"))).isInstanceOf(GenerationNotFoundException.class);
        assertThat(SqlErrors.translate("op", new SQLException("fk", "23503"), null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bugsAndSchemaMismatchesAreNotRetryable() {
        for (String state : new String[] {"23505", "23502", "22001", "42P01", "42S02", "0A000", "90012"}) {
            assertThat(translate(new SQLException("bug", state))).as(state).isInstanceOf(IllegalStateException.class);
        }
        assertThat(translate(new SQLException("dup", "23505"))).hasMessageContaining("duplicate key");
    }

    @Test
    void theStateIsFoundInChainedExceptions() {
        SQLException outer = new SQLException("batch failed");
        outer.setNextException(new SQLException("dup", "23505"));
        assertThat(SqlErrors.classify(outer)).isEqualTo(SqlErrors.Kind.DUPLICATE_KEY);
        assertThat(SqlErrors.classify(new SQLException("wrapped", null, new SQLException("fk", "23503"))))
                .isEqualTo(SqlErrors.Kind.MISSING_PARENT);
    }

    @Test
    void micronautDataAndTransactionFailuresAreTranslatedByTheSqlExceptionInside() {
        RuntimeException duplicate = SqlErrors.translate("op",
                new io.micronaut.data.exceptions.DataAccessException("Error executing PERSIST", new SQLException("dup", "23505")),
                GenerationNotFoundException::new);
        assertThat(duplicate).isInstanceOf(IllegalStateException.class).hasMessageContaining("duplicate key");
        assertThat(SqlErrors.translate("op", new io.micronaut.data.exceptions.DataAccessException("fk",
                new SQLException("fk", "23503")), GenerationNotFoundException::new))
                .isInstanceOf(GenerationNotFoundException.class);
        assertThat(SqlErrors.translate("op", new io.micronaut.transaction.exceptions.CannotCreateTransactionException(
                "no connection"), null)).isInstanceOf(StorageUnavailableException.class);
        assertThat(SqlErrors.translate("op", new io.micronaut.data.connection.exceptions.ConnectionException(
                "gone"), null)).isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void domainErrorsAndOtherExceptionsPassUnchanged() {
        RuntimeException domain = new StorageUnavailableException("S3 is down", null);
        RuntimeException bug = new IllegalArgumentException("limit must be 0 or more");
        assertThat(SqlErrors.translate("op", domain, null)).isSameAs(domain);
        assertThat(SqlErrors.translate("op", bug, null)).isSameAs(bug);
    }
}
