package com.jobwise.export.adapters.rendering.jsonresume;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.jobwise.export.domain.content.jsonresume.JsonResume;
import com.jobwise.export.domain.content.jsonresume.JsonResumeWriter;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.RenderingFailedException;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.RenderedDocument;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the content as a JSON Resume document (schema v1.0.0), pretty-printed UTF-8 JSON, with
 * {@link JsonResumeWriter}; the template and options go under {@code meta.jobwise.export}. Thread-safe.
 */
public final class JsonResumeRenderer implements IDocumentRenderer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public ExportFormat format() {
        return ExportFormat.JSON_RESUME;
    }

    @Override
    public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("template", template.id());
        export.put("options", options.toMap());
        try {
            byte[] bytes = JSON.writeValueAsBytes(JsonResumeWriter.write(content, export));
            return new RenderedDocument(bytes, null, Map.of("schema", JsonResume.SCHEMA_URL));
        } catch (JsonProcessingException e) {
            throw new RenderingFailedException("JSON Resume could not be written: " + e.getOriginalMessage(), e);
        }
    }
}
