package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.account.UserId;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The realistic generations of {@code examples/generations}, read as the service reads them. */
final class Samples {
    static final Path DIR = Path.of("..", "examples", "generations");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One sample: its file name without {@code .json} and its content. */
    record Sample(String name, DocumentContent content) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Samples() {
    }

    /** Every sample, sorted by name. */
    static List<Sample> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                    .map(Samples::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample {@code name} ({@code resume-backend-engineer}). */
    static Sample named(String name) {
        return read(DIR.resolve(name + ".json"));
    }

    @SuppressWarnings("unchecked")
    private static Sample read(Path file) {
        try {
            Map<String, Object> row = JSON.readValue(Files.readString(file), Map.class);
            DocumentType type = DocumentType.fromWireName((String) row.get("document_type")).orElseThrow();
            Generation generation = new Generation(new GenerationId((String) row.get("id")), new UserId("u-samples"), type,
                    (Map<String, Object>) row.get("content_structured"), (String) row.get("content_text"),
                    Instant.now());
            String name = file.getFileName().toString().replace(".json", "");
            return new Sample(name, ContentReader.read(generation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
