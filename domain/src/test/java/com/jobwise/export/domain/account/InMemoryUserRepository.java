package com.jobwise.export.domain.account;

import com.jobwise.export.domain.error.EmailAlreadyRegisteredException;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Thread-safe in-memory {@link IUserRepository} for tests of the core. */
public class InMemoryUserRepository implements IUserRepository {
    private final Map<UserId, User> byId = new HashMap<>();
    private final Map<EmailAddress, User> byEmail = new HashMap<>();

    @Override
    public synchronized void save(User user) {
        if (byEmail.containsKey(user.email())) {
            throw new EmailAlreadyRegisteredException();
        }
        if (byId.containsKey(user.id())) {
            throw new IllegalStateException("duplicate user id " + user.id());
        }
        byId.put(user.id(), user);
        byEmail.put(user.email(), user);
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<User> findByEmail(EmailAddress email) {
        return Optional.ofNullable(byEmail.get(email));
    }
}
