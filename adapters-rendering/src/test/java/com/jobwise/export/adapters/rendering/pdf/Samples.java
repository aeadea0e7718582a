package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.plaintext.PlainTextResumeParser;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The sample generations of {@code examples/generations}, read as the service reads a row. */
public final class Samples {
    /** The examples directory, relative to the module directory (Maven's working directory). */
    public static final Path DIR = Path.of("../examples/generations");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One sample.
     *
     * @param name    the file name without {@code .json}
     * @param row     the JSON row as plain values
     * @param content the content the renderers lay out
     */
    public record Sample(String name, Map<String, Object> row, DocumentContent content) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Samples() {
    }

    /** Every sample, sorted by file name. */
    public static List<Sample> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .map(p -> load(p.getFileName().toString().replace(".json", ""))).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample {@code name} (file name without {@code .json}). */
    @SuppressWarnings("unchecked")
    public static Sample load(String name) {
        Map<String, Object> row;
        try {
            row = JSON.readValue(DIR.resolve(name + ".json").toFile(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentType type = DocumentType.fromWireName((String) row.get("document_type")).orElseThrow();
        Object structured = row.get("content_structured");
        DocumentContent content = structured == null
                ? PlainTextResumeParser.parse((String) row.get("content_text"))
                : ContentReader.read(type, (Map<String, Object>) structured);
        return new Sample(name, row, content);
    }
}
