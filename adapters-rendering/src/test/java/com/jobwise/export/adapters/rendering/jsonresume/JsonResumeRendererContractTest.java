package com.jobwise.export.adapters.rendering.jsonresume;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.IDocumentRendererContract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

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

    /** A JSON Resume file has no pages. */
    @Override
    protected OptionalInt pageCount(byte[] file) {
        return OptionalInt.empty();
    }

    /** A JSON Resume file carries no colours. */
    @Override
    protected Optional<Set<String>> colorsUsed(byte[] file) {
        return Optional.empty();
    }

    private static void collect(JsonNode node, List<String> strings) {
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        node.forEach(child -> collect(child, strings));
    }
}
