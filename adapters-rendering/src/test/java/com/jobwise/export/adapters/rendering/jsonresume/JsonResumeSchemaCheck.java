package com.jobwise.export.adapters.rendering.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobwise.export.domain.content.jsonresume.JsonResume;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Test helper: parses JSON and checks documents against the vendored official JSON Resume schema v1.0.0. */
final class JsonResumeSchemaCheck {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = load();

    private JsonResumeSchemaCheck() {
    }

    private static Schema load() {
        try (InputStream in = JsonResume.class.getResourceAsStream(JsonResume.SCHEMA_RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema errors of {@code document}, as readable strings. */
    static List<String> errors(Object document) {
        JsonNode node = document instanceof byte[] bytes ? tree(bytes) : JSON.valueToTree(document);
        return SCHEMA.validate(node).stream().map(Error::toString).toList();
    }

    /**
     * The errors the service's importer reports (adapters-rest {@code NetworkntJsonResumeValidator}): as
     * {@link #errors} but a {@code uri} may be any URI reference, as the official sample needs ({@code ""},
     * {@code missdirection.example.com}).
     */
    static List<String> importErrors(Object document) {
        JsonNode node = JSON.valueToTree(document);
        return SCHEMA.validate(node).stream().filter(e -> !lenientUri(e)).map(Error::toString).toList();
    }

    private static boolean lenientUri(Error e) {
        boolean uri = "format".equals(e.getKeyword()) && (e.getSchemaNode() != null
                && "uri".equals(e.getSchemaNode().asText()) || e.getMessage().contains("uri"));
        if (!uri || e.getInstanceNode() == null || !e.getInstanceNode().isTextual()) {
            return false;
        }
        try {
            new java.net.URI(e.getInstanceNode().asText());
            return true;
        } catch (java.net.URISyntaxException ex) {
            return false;
        }
    }

    static JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(byte[] bytes) {
        try {
            return JSON.readValue(bytes, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> resource(String name) {
        try (InputStream in = JsonResumeSchemaCheck.class.getResourceAsStream(name)) {
            return JSON.readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
