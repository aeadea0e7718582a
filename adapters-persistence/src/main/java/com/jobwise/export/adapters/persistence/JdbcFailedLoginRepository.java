package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.account.FailedLogins;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.account.IFailedLoginRepository;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

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
@Requires(property = "datasources.default.url")
@TranslateSqlErrors
public class JdbcFailedLoginRepository implements IFailedLoginRepository {
    private final AccountRows.FailedLoginRows rows;

    JdbcFailedLoginRepository(AccountRows.FailedLoginRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<FailedLogins> find(String accountKey) {
        return rows.findById(Objects.requireNonNull(accountKey, "accountKey"))
                .map(AccountRows.FailedLoginRow::toFailedLogins);
    }

    @Override
    @Transactional
    public FailedLogins update(String accountKey, UnaryOperator<FailedLogins> change) {
        Objects.requireNonNull(accountKey, "accountKey");
        Objects.requireNonNull(change, "change");
        rows.insertIfAbsent(accountKey);
        FailedLogins current = rows.findByAccountKeyForUpdate(accountKey).orElseThrow().toFailedLogins();
        FailedLogins next = Objects.requireNonNull(change.apply(current), "change result");
        rows.update(new AccountRows.FailedLoginRow(accountKey, next.failures(), next.windowStart(),
                next.lockedUntil()));
        return next;
    }

    @Override
    public void delete(String accountKey) {
        rows.deleteById(Objects.requireNonNull(accountKey, "accountKey"));
    }
}
