package com.jobwise.export.adapters.persistence;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON trees of plain values ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean},
 * {@code null}) to and from the TEXT columns {@code options}, {@code metadata} and {@code content_structured}.
 * Reading keeps the stored key order ({@link LinkedHashMap}); writing keeps the map's iteration order.
 * Integers come back as {@code Integer} (or {@code Long}/{@code BigInteger} when larger), decimals as
 * {@code Double}.
 */
final class JsonText {
    private static final TypeReference<LinkedHashMap<String, Object>> TREE = new TypeReference<>() {
    };

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private JsonText() {
    }

    /** The tree as compact JSON; {@code null} for a {@code null} tree. Throws {@link IllegalArgumentException} for a value JSON cannot hold. */
    static String write(Map<String, Object> tree) {
        if (tree == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("value is not a plain JSON tree: " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON object in {@code text}; {@code null} for SQL NULL. Throws {@link IllegalStateException} for text that is not a JSON object. */
    static Map<String, Object> read(String text, String column) {
        if (text == null) {
            return null;
        }
        try {
            return MAPPER.readValue(text, TREE);
        } catch (JacksonException e) {
            throw new IllegalStateException("column " + column + " does not hold a JSON object: " + e.getOriginalMessage(), e);
        }
    }
}
