package com.jobwise.export.adapters.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The protocols {@code exports} and {@code previews} share: the purge of expired rows (claimed with
 * {@code FOR UPDATE SKIP LOCKED} inside the caller's transaction, handed to the callback, deleted with
 * {@code id = ANY(?)}) and the lookup of referenced object keys, 1,000 keys per {@code file_path = ANY(?)}.
 */
final class ExpiredRows {
    private static final int KEYS_PER_QUERY = 1000;

    private ExpiredRows() {
    }

    /** Claims, calls back, deletes; 0 without a callback when nothing is claimable. Call it in a transaction. */
    static <R, T> int purge(int limit, IntFunction<List<R>> claim, Function<R, T> toDomain, Function<R, String> idOf,
                            ToIntFunction<String[]> delete, Consumer<List<T>> deleteObjects) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more");
        }
        List<R> claimed = limit == 0 ? List.of() : claim.apply(limit);
        if (claimed.isEmpty()) {
            return 0;
        }
        deleteObjects.accept(claimed.stream().map(toDomain).toList());
        return delete.applyAsInt(claimed.stream().map(idOf).distinct().toArray(String[]::new));
    }

    /** The subset of {@code objectKeys} that {@code query} (keys to the referenced ones) finds. */
    static Set<String> referencedKeys(Collection<String> objectKeys, Function<String[], List<String>> query) {
        List<String> keys = objectKeys.stream().filter(Objects::nonNull).distinct().toList();
        Set<String> found = new HashSet<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            found.addAll(query.apply(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY))
                    .toArray(String[]::new)));
        }
        return found;
    }
}
