package com.jobwise.export.adapters.rest.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobwise.export.domain.content.jsonresume.JsonResume;
import com.jobwise.export.domain.error.InvalidContentException;
import com.jobwise.export.domain.content.jsonresume.IJsonResumeValidator;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link IJsonResumeValidator} on networknt json-schema-validator (draft 4, formats asserted, a {@code uri} may be
 * any URI reference as in the official sample) with the official
 * JSON Resume schema v1.0.0 vendored in the domain module ({@value JsonResume#SCHEMA_RESOURCE}). Each error
 * becomes a violation whose pointer is the RFC 6901 JSON pointer of the offending value (for a missing or
 * unexpected property, the property itself).
 */
@Singleton
public class NetworkntJsonResumeValidator implements IJsonResumeValidator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Schema schema;

    public NetworkntJsonResumeValidator() {
        try (InputStream in = JsonResume.class.getResourceAsStream(JsonResume.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + JsonResume.SCHEMA_RESOURCE);
            }
            JsonNode schemaNode = JSON.readTree(in);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaNode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<InvalidContentException.Violation> validate(Map<String, Object> document) {
        JsonNode node = JSON.valueToTree(document);
        List<InvalidContentException.Violation> violations = new ArrayList<>();
        for (Error error : schema.validate(node)) {
            if (uriReference(error)) {
                continue;
            }
            String pointer = pointer(error.getInstanceLocation());
            if (error.getProperty() != null && ("required".equals(error.getKeyword())
                    || "additionalProperties".equals(error.getKeyword()))) {
                pointer = pointer + "/" + escape(error.getProperty());
            }
            violations.add(new InvalidContentException.Violation(pointer, error.getMessage()));
        }
        return violations;
    }

    /**
     * A {@code uri} format error on a value that is still a URI reference (RFC 3986 4.1: {@code ""}, a host
     * without scheme): accepted, since the official sample resume itself has such values.
     */
    private static boolean uriReference(Error error) {
        boolean uri = "format".equals(error.getKeyword()) && (error.getSchemaNode() != null
                && "uri".equals(error.getSchemaNode().asText()) || error.getMessage().contains("uri"));
        if (!uri || error.getInstanceNode() == null || !error.getInstanceNode().isTextual()) {
            return false;
        }
        try {
            new URI(error.getInstanceNode().asText());
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
