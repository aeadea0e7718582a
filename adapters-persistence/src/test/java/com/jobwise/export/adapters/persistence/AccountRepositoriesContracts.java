package com.jobwise.export.adapters.persistence;

import com.jobwise.export.domain.account.RefreshToken;
import com.jobwise.export.domain.account.User;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.account.AccountTestData;
import com.jobwise.export.domain.account.IFailedLoginRepository;
import com.jobwise.export.domain.account.IFailedLoginRepositoryContract;
import com.jobwise.export.domain.account.IRefreshTokenRepository;
import com.jobwise.export.domain.account.IRefreshTokenRepositoryContract;
import com.jobwise.export.domain.account.IUserRepository;
import com.jobwise.export.domain.account.IUserRepositoryContract;
import com.jobwise.export.domain.export.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The account port contracts ({@link IUserRepository}, {@link IRefreshTokenRepository},
 * {@link IFailedLoginRepository}) on their JDBC adapters, one database for the three; subclassed once per
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccountRepositoriesContracts {
    private PersistenceTestContext db;

    /** A fresh database with the migrations applied. */
    abstract PersistenceTestContext createDatabase();

    @BeforeAll
    void start() {
        db = createDatabase();
    }

    @AfterAll
    void stop() {
        db.close();
    }

    @Nested
    class Users extends IUserRepositoryContract {
        @Override
        protected IUserRepository createRepository() {
            return db.context().getBean(JdbcUserRepository.class);
        }
    }

    @Nested
    class RefreshTokens extends IRefreshTokenRepositoryContract {
        @Override
        protected IRefreshTokenRepository createRepository() {
            return db.context().getBean(JdbcRefreshTokenRepository.class);
        }

        /** refresh_tokens.user_id references users.id. */
        @Override
        protected UserId givenUser() {
            User user = AccountTestData.newUser();
            db.context().getBean(JdbcUserRepository.class).save(user);
            return user.id();
        }

        @Test
        void aTokenOfAUserWithoutAccountIsRefusedAndDeletingTheUserDeletesItsTokens() {
            IRefreshTokenRepository tokens = createRepository();
            RefreshToken orphan = AccountTestData.newToken(new UserId(UUID.randomUUID().toString()),
                    UUID.randomUUID().toString(), TestData.now());
            assertThatThrownBy(() -> tokens.save(orphan)).isInstanceOf(IllegalStateException.class);

            UserId owner = givenUser();
            RefreshToken token = AccountTestData.newToken(owner, UUID.randomUUID().toString(), TestData.now());
            tokens.save(token);
            try (Connection connection = db.dataSource().getConnection();
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM users WHERE id = ?")) {
                delete.setString(1, owner.value());
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            assertThat(tokens.findByHash(token.tokenHash())).isEmpty();
        }
    }

    @Nested
    class FailedLogins extends IFailedLoginRepositoryContract {
        @Override
        protected IFailedLoginRepository createRepository() {
            return db.context().getBean(JdbcFailedLoginRepository.class);
        }
    }
}
