package com.jobwise.export.bootstrap.e2e;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The realistic generations shipped in {@code examples/generations/}, read as JSON trees. */
final class Samples {
    static final Path DIR = Path.of("..", "examples", "generations");

    private Samples() {
    }

    /** File name → the generation as a JSON tree, for every sample. */
    @SuppressWarnings("unchecked")
    static List<Map.Entry<String, Map<String, Object>>> all(JsonMapper json) {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .map(p -> Map.entry(p.getFileName().toString(), (Map<String, Object>) read(json, p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<?, ?> read(JsonMapper json, Path path) {
        try {
            return json.readValue(Files.readAllBytes(path), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
