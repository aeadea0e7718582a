package com.jobwise.export.adapters.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates every example of an OpenAPI 3.0 document against its schema: request and response bodies
 * ({@code example} and {@code examples.*.value}), parameters, and the {@code example} of every schema in
 * {@code components.schemas} (down to properties and items). OpenAPI 3.0 schemas are turned into JSON Schema
 * draft 4 first: {@code nullable} becomes a {@code "null"} type, {@code $ref}s point into one definitions map,
 * and, as in Redocly's {@code no-invalid-media-type-examples} rule, an object schema that lists its
 * properties and says nothing about others accepts no others (so a misspelt property is caught). Pure
 * functions over the parsed document, so the check can be tested against a deliberately wrong example.
 */
final class OpenApiExamples {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> NOT_JSON_SCHEMA = Set.of("nullable", "example", "examples", "discriminator",
            "xml", "externalDocs", "readOnly", "writeOnly", "deprecated");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    private OpenApiExamples() {
    }

    /** One line per example that does not match its schema (where it is, and why); empty when all match. */
    static List<String> mismatches(JsonNode document) {
        ObjectNode definitions = JSON.objectNode();
        document.path("components").path("schemas").properties()
                .forEach(e -> definitions.set(e.getKey(), toJsonSchema(e.getValue())));
        List<String> problems = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String where = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (!operation.isObject() || op.getKey().equals("parameters")) {
                return;
            }
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode resolved = resolve(document, parameter);
                check(resolved, resolved.path("schema"), definitions,
                        where + " parameter " + resolved.path("name").asText(), document, problems);
            }
            JsonNode body = resolve(document, operation.path("requestBody"));
            body.path("content").properties().forEach(media -> check(media.getValue(), media.getValue().path("schema"),
                    definitions, where + " request " + media.getKey(), document, problems));
            operation.path("responses").properties().forEach(response -> resolve(document, response.getValue())
                    .path("content").properties().forEach(media -> check(media.getValue(),
                            media.getValue().path("schema"), definitions,
                            where + " response " + response.getKey() + " " + media.getKey(), document, problems)));
        }));
        document.path("components").path("schemas").properties()
                .forEach(e -> schemaExamples(e.getValue(), "#/components/schemas/" + e.getKey(), definitions, problems));
        return problems;
    }

    /** Checks {@code holder}'s {@code example} and {@code examples.*.value} against {@code schema}. */
    private static void check(JsonNode holder, JsonNode schema, ObjectNode definitions, String where,
                              JsonNode document, List<String> problems) {
        if (schema.isMissingNode()) {
            return;
        }
        if (holder.has("example")) {
            validate(schema, holder.get("example"), definitions, where + " example", problems);
        }
        holder.path("examples").properties().forEach(example -> {
            JsonNode resolved = resolve(document, example.getValue());
            if (resolved.has("value")) {
                validate(schema, resolved.get("value"), definitions, where + " example '" + example.getKey() + "'", problems);
            }
        });
    }

    /** The {@code example} of a schema and of every schema nested in it. */
    private static void schemaExamples(JsonNode schema, String where, ObjectNode definitions, List<String> problems) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("example") && !schema.has("$ref")) {
            validate(schema, schema.get("example"), definitions, where + " example", problems);
        }
        schema.path("properties").properties()
                .forEach(p -> schemaExamples(p.getValue(), where + "/properties/" + p.getKey(), definitions, problems));
        schemaExamples(schema.path("items"), where + "/items", definitions, problems);
        if (schema.path("additionalProperties").isObject()) {
            schemaExamples(schema.get("additionalProperties"), where + "/additionalProperties", definitions, problems);
        }
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            int i = 0;
            for (JsonNode part : schema.path(composition)) {
                schemaExamples(part, where + "/" + composition + "/" + i++, definitions, problems);
            }
        }
    }

    private static void validate(JsonNode schema, JsonNode value, ObjectNode definitions, String where,
                                 List<String> problems) {
        ObjectNode root = (ObjectNode) toJsonSchema(schema);
        root.set("definitions", definitions);
        Schema validator = REGISTRY.getSchema(root);
        for (Error error : validator.validate(value)) {
            problems.add(where + ": " + error.getInstanceLocation() + " " + error.getMessage());
        }
    }

    /** An OpenAPI 3.0 schema as JSON Schema draft 4 (see the class comment). */
    static JsonNode toJsonSchema(JsonNode schema) {
        if (schema.isArray()) {
            ArrayNode copy = JSON.arrayNode();
            schema.forEach(item -> copy.add(toJsonSchema(item)));
            return copy;
        }
        if (!schema.isObject()) {
            return schema.deepCopy();
        }
        ObjectNode copy = JSON.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (NOT_JSON_SCHEMA.contains(key)) {
                continue;
            }
            switch (key) {
                case "$ref" -> copy.put(key, value.asText().replace("#/components/schemas/", "#/definitions/"));
                case "properties" -> {
                    ObjectNode properties = JSON.objectNode();
                    value.properties().forEach(p -> properties.set(p.getKey(), toJsonSchema(p.getValue())));
                    copy.set(key, properties);
                }
                case "enum", "required", "default" -> copy.set(key, value.deepCopy());
                default -> copy.set(key, toJsonSchema(value));
            }
        }
        boolean composed = copy.has("allOf") || copy.has("anyOf") || copy.has("oneOf") || copy.has("$ref");
        if (copy.has("properties") && !copy.has("additionalProperties") && !composed) {
            copy.put("additionalProperties", false);
        }
        if (schema.path("nullable").asBoolean(false)) {
            if (copy.has("enum")) {
                ((ArrayNode) copy.get("enum")).addNull();
            }
            if (copy.has("type")) {
                copy.set("type", JSON.arrayNode().add(copy.get("type").asText()).add("null"));
            } else {
                ObjectNode either = JSON.objectNode();
                either.set("anyOf", JSON.arrayNode().add(JSON.objectNode().put("type", "null")).add(copy));
                return either;
            }
        }
        return copy;
    }

    /** {@code node}, or what its {@code $ref} points at inside {@code document}. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode ref = node.path("$ref");
        return ref.isTextual() && ref.asText().startsWith("#/") ? document.at(ref.asText().substring(1)) : node;
    }
}
