package com.jobwise.export.adapters.rendering.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.IDocumentRendererContract;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderer contract, run against {@link JsonResumeRenderer}. The "text" of a JSON Resume file is its string
 * values in document order; every file read here must also validate against the official schema.
 */
class JsonResumeRendererContractTest extends IDocumentRendererContract {

    @Override
    protected IDocumentRenderer createRenderer() {
        return new JsonResumeRenderer();
    }

    @Override
    protected String extractText(byte[] file) {
        assertThat(JsonResumeSchemaCheck.errors(file)).as("schema errors").isEmpty();
        List<String> strings = new ArrayList<>();
        collect(JsonResumeSchemaCheck.tree(file), strings);
        return String.join("\n", strings);
    }

    private static void collect(JsonNode node, List<String> strings) {
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        node.forEach(child -> collect(child, strings));
    }
}
