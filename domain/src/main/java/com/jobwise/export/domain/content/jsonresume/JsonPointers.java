package com.jobwise.export.domain.content.jsonresume;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** RFC 6901 JSON Pointers over a JSON Resume document: escaping, emptiness, document order. */
final class JsonPointers {
    private JsonPointers() {
    }

    static List<String> sortedByDocument(List<String> pointers, Map<String, Object> document) {
        List<String> order = new ArrayList<>();
        collect(document, "", order);
        List<String> sorted = new ArrayList<>(pointers);
        sorted.sort(java.util.Comparator.comparingInt(p -> {
            int i = order.indexOf(p);
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return sorted;
    }

    static void collect(Object value, String pointer, List<String> order) {
        order.add(pointer);
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collect(v, pointer + "/" + escape(String.valueOf(k)), order));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), pointer + "/" + i, order);
            }
        }
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    static boolean empty(Object value) {
        return value == null || value instanceof String s && s.isBlank()
                || value instanceof List<?> l && l.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
    }
}
