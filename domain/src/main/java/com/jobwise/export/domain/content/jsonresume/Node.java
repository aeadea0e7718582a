package com.jobwise.export.domain.content.jsonresume;

import com.jobwise.export.domain.error.InvalidContentException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.jobwise.export.domain.content.jsonresume.JsonPointers.empty;
import static com.jobwise.export.domain.content.jsonresume.JsonPointers.escape;

/** An object of the document with the keys read so far; what was not read is reported unmapped. */
final class Node {
    private final Map<String, Object> map;
    private final String pointer;
    private final Set<String> used = new HashSet<>();
    private final List<Node> children = new ArrayList<>();

    Node(Map<String, Object> map, String pointer) {
        this.map = map;
        this.pointer = pointer;
    }

    void use(String key) {
        used.add(key);
    }

    void unuse(String key) {
        used.remove(key);
    }

    void unuseAll() {
        used.clear();
    }

    Object raw(String key) {
        used.add(key);
        return map.get(key);
    }

    Map<String, Object> all() {
        used.addAll(map.keySet());
        return map;
    }

    String str(String key) {
        Object value = raw(key);
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new InvalidContentException(pointer + "/" + escape(key) + " must be a string");
    }

    /** {@code key}, or the writer's {@code keyText} extension for a value the schema's format refuses. */
    String strOrText(String key) {
        String value = str(key);
        String text = str(key + "Text");
        return value != null ? value : text;
    }

    List<String> strings(String key) {
        Object value = raw(key);
        if (value == null) {
            return new ArrayList<>();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidContentException(pointer + "/" + escape(key) + " must be an array of strings");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s)) {
                throw new InvalidContentException(pointer + "/" + escape(key) + " must be an array of strings");
            }
            strings.add(s);
        }
        return strings;
    }

    @SuppressWarnings("unchecked")
    Node object(String key) {
        Object value = raw(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new InvalidContentException(pointer + "/" + escape(key) + " must be an object");
        }
        Node child = new Node((Map<String, Object>) value, pointer + "/" + escape(key));
        children.add(child);
        return child;
    }

    @SuppressWarnings("unchecked")
    List<Node> objects(String key) {
        Object value = raw(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidContentException(pointer + "/" + escape(key) + " must be an array");
        }
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String p = pointer + "/" + escape(key) + "/" + i;
            if (!(list.get(i) instanceof Map<?, ?>)) {
                throw new InvalidContentException(p + " must be an object");
            }
            Node child = new Node((Map<String, Object>) list.get(i), p);
            children.add(child);
            nodes.add(child);
        }
        return nodes;
    }

    private boolean finished;

    /** Reports the keys not read (with a non-empty value) as unmapped; an object with none read is one pointer. */
    void finish(List<String> unmapped) {
        if (finished) {
            return;
        }
        finished = true;
        if (used.isEmpty() && !empty(map) && !pointer.isEmpty()) {
            unmapped.add(pointer);
            return;
        }
        map.forEach((key, value) -> {
            if (!used.contains(key) && !empty(value)) {
                unmapped.add(pointer + "/" + escape(key));
            }
        });
    }

    void finishAll(List<String> unmapped) {
        finish(unmapped);
        for (Node child : children) {
            child.finishAll(unmapped);
        }
    }
}
