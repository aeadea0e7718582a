package com.jobwise.export.domain.account;


import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/** Thread-safe in-memory {@link IFailedLoginRepository} for tests of the core (one instance only). */
public class InMemoryFailedLoginRepository implements IFailedLoginRepository {
    private final ConcurrentMap<String, FailedLogins> rows = new ConcurrentHashMap<>();

    @Override
    public Optional<FailedLogins> find(String accountKey) {
        return Optional.ofNullable(rows.get(accountKey));
    }

    @Override
    public FailedLogins update(String accountKey, UnaryOperator<FailedLogins> change) {
        return rows.compute(accountKey, (key, current) ->
                Objects.requireNonNull(change.apply(current == null ? FailedLogins.NONE : current), "change result"));
    }

    @Override
    public void delete(String accountKey) {
        rows.remove(accountKey);
    }
}
