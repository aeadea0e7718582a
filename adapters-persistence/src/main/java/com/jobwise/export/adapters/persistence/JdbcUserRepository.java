package com.jobwise.export.adapters.persistence;

import com.jobwise.export.adapters.persistence.jdbc.Jdbc;
import com.jobwise.export.adapters.persistence.jdbc.Timestamps;
import com.jobwise.export.domain.model.EmailAddress;
import com.jobwise.export.domain.model.EmailAlreadyRegisteredException;
import com.jobwise.export.domain.model.StorageUnavailableException;
import com.jobwise.export.domain.model.Tier;
import com.jobwise.export.domain.model.User;
import com.jobwise.export.domain.model.UserId;
import com.jobwise.export.domain.port.IUserRepository;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IUserRepository} on the {@code users} table (migration V4). The email's UNIQUE constraint
 * ({@code uq_users_email}) decides concurrent registrations of one address.
 *
 * <p>Errors: {@link EmailAlreadyRegisteredException} for a taken email; {@link StorageUnavailableException} when
 * the database cannot be reached; {@link IllegalStateException} for a duplicate id or a row the domain rejects.
 */
@Singleton
public class JdbcUserRepository implements IUserRepository {
    private static final String COLUMNS = "id, email, password_hash, full_name, tier, created_at";
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbc jdbc;

    /** Uses {@code dataSource}, whose schema the Flyway migrations of this module have created. */
    public JdbcUserRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void save(User user) {
        Objects.requireNonNull(user, "user");
        jdbc.withConnection("save user", connection -> {
            try {
                return Jdbc.update(connection, "INSERT INTO users (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                        statement -> {
                            statement.setString(1, user.id().value());
                            statement.setString(2, user.email().value());
                            statement.setString(3, user.passwordHash());
                            statement.setString(4, user.fullName());
                            statement.setString(5, user.tier().name().toLowerCase(Locale.ROOT));
                            statement.setObject(6, Timestamps.toColumn(user.createdAt()));
                        });
            } catch (SQLException e) {
                if (isEmailTaken(e)) {
                    EmailAlreadyRegisteredException taken = new EmailAlreadyRegisteredException();
                    taken.initCause(e);
                    throw taken;
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<User> findById(UserId id) {
        Objects.requireNonNull(id, "id");
        return first(jdbc.query("find user", "SELECT " + COLUMNS + " FROM users WHERE id = ?",
                statement -> statement.setString(1, id.value()), JdbcUserRepository::map));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        Objects.requireNonNull(email, "email");
        return first(jdbc.query("find user by email", "SELECT " + COLUMNS + " FROM users WHERE email = ?",
                statement -> statement.setString(1, email.value()), JdbcUserRepository::map));
    }

    /**
     * A unique violation of the email constraint: PostgreSQL names the constraint in its message, H2 the
     * constraint's index ({@code uq_users_email_index_...}); a duplicate primary key names {@code pk_users} or
     * the primary key index instead.
     */
    private static boolean isEmailTaken(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("uq_users_email")) {
                return true;
            }
        }
        return false;
    }

    private static User map(ResultSet row) throws SQLException {
        try {
            return new User(new UserId(row.getString("id")), new EmailAddress(row.getString("email")),
                    row.getString("password_hash"), row.getString("full_name"), Tier.fromClaim(row.getString("tier")),
                    Timestamps.fromColumn(row, "created_at"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("users row " + row.getString("id") + " is not a valid account", e);
        }
    }

    private static Optional<User> first(List<User> rows) {
        return rows.stream().findFirst();
    }
}
