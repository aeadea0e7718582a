package com.jobwise.export.adapters.persistence;

import com.jobwise.export.adapters.persistence.jdbc.Jdbc;
import com.jobwise.export.adapters.persistence.jdbc.Timestamps;
import com.jobwise.export.domain.model.FailedLogins;
import com.jobwise.export.domain.model.StorageUnavailableException;
import com.jobwise.export.domain.port.IFailedLoginRepository;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@link IFailedLoginRepository} on the {@code login_failures} table (migration V4), shared by every instance.
 * {@link #update} runs one transaction: {@code INSERT ... ON CONFLICT DO NOTHING} of the key's row, {@code SELECT
 * ... FOR UPDATE} (which serialises concurrent updates of the key, on PostgreSQL and H2 alike), the change, the
 * {@code UPDATE}.
 *
 * <p>Errors: {@link StorageUnavailableException} when the database cannot be reached; {@link IllegalStateException}
 * for a row the domain rejects.
 */
@Singleton
public class JdbcFailedLoginRepository implements IFailedLoginRepository {
    private static final String SELECT =
            "SELECT failures, window_started_at, locked_until FROM login_failures WHERE account_key = ?";

    private final Jdbc jdbc;

    /** Uses {@code dataSource}, whose schema the Flyway migrations of this module have created. */
    public JdbcFailedLoginRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<FailedLogins> find(String accountKey) {
        Objects.requireNonNull(accountKey, "accountKey");
        return jdbc.query("find failed logins", SELECT, statement -> statement.setString(1, accountKey),
                JdbcFailedLoginRepository::map).stream().findFirst();
    }

    @Override
    public FailedLogins update(String accountKey, UnaryOperator<FailedLogins> change) {
        Objects.requireNonNull(accountKey, "accountKey");
        Objects.requireNonNull(change, "change");
        return jdbc.inTransaction("record failed login", connection -> {
            Jdbc.update(connection, "INSERT INTO login_failures (account_key, failures) VALUES (?, 0) "
                    + "ON CONFLICT DO NOTHING", statement -> statement.setString(1, accountKey));
            FailedLogins current = Jdbc.query(connection, SELECT + " FOR UPDATE",
                    statement -> statement.setString(1, accountKey), JdbcFailedLoginRepository::map).getFirst();
            FailedLogins next = Objects.requireNonNull(change.apply(current), "change result");
            Jdbc.update(connection, "UPDATE login_failures SET failures = ?, window_started_at = ?, locked_until = ? "
                    + "WHERE account_key = ?", statement -> {
                        statement.setInt(1, next.failures());
                        statement.setObject(2, Timestamps.toColumn(next.windowStart()));
                        statement.setObject(3, Timestamps.toColumn(next.lockedUntil()));
                        statement.setString(4, accountKey);
                    });
            return next;
        }, null);
    }

    @Override
    public void delete(String accountKey) {
        Objects.requireNonNull(accountKey, "accountKey");
        jdbc.update("forget failed logins", "DELETE FROM login_failures WHERE account_key = ?",
                statement -> statement.setString(1, accountKey));
    }

    private static FailedLogins map(ResultSet row) throws SQLException {
        try {
            return new FailedLogins(row.getInt("failures"), Timestamps.fromColumn(row, "window_started_at"),
                    Timestamps.fromColumn(row, "locked_until"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("login_failures row is not valid", e);
        }
    }
}
