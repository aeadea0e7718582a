package com.jobwise.export.adapters.persistence.jdbc;

import java.sql.Array;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which object keys a table's {@code file_path} column still references, asked 1,000 keys at a time
 * ({@code file_path = ANY(?)}, indexed). Used by the cleanup job to tell orphaned objects from live ones.
 */
public final class ReferencedKeys {
    private static final int KEYS_PER_QUERY = 1000;

    /** The tables holding object keys; the name never comes from a caller's input. */
    public enum Table {
        EXPORTS("exports"), PREVIEWS("previews");

        private final String sql;

        Table(String sql) {
            this.sql = sql;
        }
    }

    private ReferencedKeys() {
    }

    /** The subset of {@code objectKeys} that some row of {@code table} references. */
    public static Set<String> find(Jdbc jdbc, Table table, Collection<String> objectKeys) {
        List<String> keys = objectKeys.stream().filter(Objects::nonNull).distinct().toList();
        if (keys.isEmpty()) {
            return Set.of();
        }
        return jdbc.withConnection("find referenced object keys", connection -> {
            Set<String> found = new HashSet<>();
            for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
                Array array = connection.createArrayOf("VARCHAR",
                        keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY)).toArray());
                try {
                    found.addAll(Jdbc.query(connection,
                            "SELECT DISTINCT file_path FROM " + table.sql + " WHERE file_path = ANY(?)",
                            statement -> statement.setArray(1, array), row -> row.getString(1)));
                } finally {
                    array.free();
                }
            }
            return found;
        });
    }
}
