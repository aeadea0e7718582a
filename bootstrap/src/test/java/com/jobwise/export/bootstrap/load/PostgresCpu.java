package com.jobwise.export.bootstrap.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time PostgreSQL spends for the load run: the backends connected to the run's database, the server's own
 * background processes (WAL writer, checkpointer, background writer, autovacuum launcher, ...) and the postmaster.
 * Sessions of other databases on the same server (tests of other builds) are left out. Process ids come from
 * {@code pg_stat_activity}, read over a connection to the {@code postgres} database; CPU from {@code /proc}.
 */
final class PostgresCpu implements AutoCloseable {
    private final Connection admin;
    private final String database;
    private final ProcStats proc;

    /**
     * @param adminUrl JDBC URL of the server's {@code postgres} database
     * @param user     its user (password-less: trust authentication)
     * @param database the database whose sessions count
     * @throws SQLException when the server cannot be reached
     */
    PostgresCpu(String adminUrl, String user, String database, ProcStats proc) throws SQLException {
        this.admin = DriverManager.getConnection(adminUrl, user, "");
        this.database = database;
        this.proc = proc;
    }

    /** CPU nanoseconds so far of every process that counts, by process id. */
    Map<Long, Long> snapshot() {
        Map<Long, Long> cpu = new HashMap<>();
        try (PreparedStatement s = admin.prepareStatement(
                "select pid from pg_stat_activity where datname = ? or datname is null")) {
            s.setString(1, database);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    long pid = rows.getLong(1);
                    cpu.put(pid, proc.cpuNanos(pid));
                    long parent = proc.parent(pid);
                    if (parent > 1 && !cpu.containsKey(parent)) {
                        cpu.put(parent, proc.cpuNanos(parent));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read pg_stat_activity: " + e.getMessage(), e);
        }
        return cpu;
    }

    /** CPU nanoseconds spent between two snapshots (a process that ended in between loses its own share). */
    static long between(Map<Long, Long> before, Map<Long, Long> after) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            sum += Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L));
        }
        return sum;
    }

    /** The server's version ({@code server_version}). */
    String version() {
        try (var s = admin.createStatement(); var rows = s.executeQuery("show server_version")) {
            return rows.next() ? rows.getString(1) : "unknown";
        } catch (SQLException e) {
            return "unknown";
        }
    }

    @Override
    public void close() throws SQLException {
        admin.close();
    }
}
