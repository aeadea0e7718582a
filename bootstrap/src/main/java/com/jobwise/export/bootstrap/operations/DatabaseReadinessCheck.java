package com.jobwise.export.bootstrap.operations;

import com.jobwise.export.adapters.rest.metrics.ReadinessCheck;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The database answers {@code SELECT 1} on a pooled connection (query timeout 2 s). */
public final class DatabaseReadinessCheck implements ReadinessCheck {
    private final DataSource dataSource;

    public DatabaseReadinessCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public void check() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            statement.execute("SELECT 1");
        }
    }
}
