package com.jobwise.export.adapters.rendering.text;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The French and German resumes of {@code src/test/resources/samples} (generation rows like those
 * of {@code examples/generations}), read as the service reads a row.
 */
public final class LanguageSamples {
    /** The sample names. */
    public static final List<String> NAMES = List.of("resume-french-data-analyst", "resume-german-mechanical-engineer");
    private static final Path DIR = Path.of("src/test/resources/samples");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LanguageSamples() {
    }

    /** Every language sample. */
    public static List<Samples.Sample> all() {
        return NAMES.stream().map(LanguageSamples::load).toList();
    }

    /** The sample {@code name}. */
    @SuppressWarnings("unchecked")
    public static Samples.Sample load(String name) {
        try {
            Map<String, Object> row = JSON.readValue(DIR.resolve(name + ".json").toFile(), Map.class);
            DocumentType type = DocumentType.fromWireName((String) row.get("document_type")).orElseThrow();
            return new Samples.Sample(name, row,
                    ContentReader.read(type, (Map<String, Object>) row.get("content_structured")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
