package com.jobwise.export.adapters.rendering.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.jobwise.export.adapters.rendering.text.TextOutlines;
import com.jobwise.export.domain.format.FormatCatalog;
import com.jobwise.export.domain.content.ContentWriter;
import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.RenderingFailedException;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.RenderedDocument;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code json} format: pretty-printed UTF-8 JSON {@code {"schema_version": "1.0", "export": {...},
 * "content": {...}}}, where {@code content} is the spec's structured content ({@link ContentWriter}, the inverse
 * of the importer, so the file can be posted back as a generation) and {@code export} records the format,
 * document type, template, resolved options, time and generator. Every file validates against the JSON Schema
 * {@link FormatCatalog#JSON_SCHEMA_RESOURCE} (draft 2020-12). Not JSON Resume: that is {@code json-resume}.
 * Thread-safe.
 */
public final class StructuredJsonRenderer implements IDocumentRenderer {
    /** The {@code export.generator} value. */
    public static final String GENERATOR = "jobwise-export";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Clock clock;

    /** A renderer stamping {@code exported_at} with the system clock (UTC). */
    public StructuredJsonRenderer() {
        this(Clock.systemUTC());
    }

    /** A renderer stamping {@code exported_at} with {@code clock}. */
    public StructuredJsonRenderer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.JSON;
    }

    @Override
    public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("format", ExportFormat.JSON.wireName());
        export.put("document_type", switch (content) {
            case ResumeContent r -> "resume";
            case CoverLetterContent c -> "cover_letter";
        });
        export.put("template", template.id());
        export.put("options", options.toMap());
        export.put("exported_at", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        export.put("generator", GENERATOR);
        export.put("language", TextOutlines.of(content).lang());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schema_version", FormatCatalog.JSON_SCHEMA_VERSION);
        document.put("export", export);
        document.put("content", ContentWriter.write(content));
        try {
            return new RenderedDocument(JSON.writeValueAsBytes(document), null,
                    Map.of("schema_version", FormatCatalog.JSON_SCHEMA_VERSION));
        } catch (JsonProcessingException e) {
            throw new RenderingFailedException("JSON could not be written: " + e.getOriginalMessage(), e);
        }
    }
}
