package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.account.EmailAddress;
import com.jobwise.export.domain.error.EmailAlreadyRegisteredException;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.User;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.account.IUserRepository;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.sql.SQLException;
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
@Requires(property = "datasources.default.url")
@TranslateSqlErrors
public class JdbcUserRepository implements IUserRepository {
    private final AccountRows.Users rows;

    JdbcUserRepository(AccountRows.Users rows) {
        this.rows = rows;
    }

    @Override
    public void save(User user) {
        Objects.requireNonNull(user, "user");
        try {
            rows.save(AccountRows.UserRow.of(user));
        } catch (RuntimeException e) {
            if (isEmailTaken(SqlErrors.sqlException(e))) {
                EmailAlreadyRegisteredException taken = new EmailAlreadyRegisteredException();
                taken.initCause(e);
                throw taken;
            }
            throw e;
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        return rows.findById(Objects.requireNonNull(id, "id").value()).map(AccountRows.UserRow::toUser);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return rows.findByEmail(Objects.requireNonNull(email, "email").value()).map(AccountRows.UserRow::toUser);
    }

    /**
     * A unique violation of the email constraint: PostgreSQL names the constraint in its message, H2 the
     * constraint's index ({@code uq_users_email_index_...}); a duplicate primary key names {@code pk_users} or
     * the primary key index instead.
     */
    private static boolean isEmailTaken(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("uq_users_email")) {
                return true;
            }
        }
        return false;
    }
}
