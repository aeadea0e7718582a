package com.jobwise.export.adapters.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example of the generated OpenAPI document ({@code META-INF/swagger/openapi.yml}, as served at
 * {@code /openapi.yml}) matches its schema, so an example that drifts from its DTO fails the build; and the
 * check itself catches a wrong example.
 */
class OpenApiExamplesTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static JsonNode generatedDocument() throws IOException {
        try (InputStream in = OpenApiExamplesTest.class.getClassLoader().getResourceAsStream(OpenApiController.RESOURCE)) {
            assertThat(in).as(OpenApiController.RESOURCE).isNotNull();
            return YAML.readTree(in);
        }
    }

    @Test
    void everyExampleMatchesItsSchema() throws IOException {
        JsonNode document = generatedDocument();

        assertThat(OpenApiExamples.mismatches(document)).isEmpty();
    }

    @Test
    void theCheckFindsExamplesThatDoNotMatch() throws IOException {
        JsonNode document = YAML.readTree("""
                openapi: 3.0.1
                info: {title: x, version: "1"}
                paths:
                  /x:
                    post:
                      parameters:
                        - {name: limit, in: query, schema: {type: integer, maximum: 100}, example: 500}
                      requestBody:
                        content:
                          application/json:
                            schema: {$ref: "#/components/schemas/Thing"}
                            examples:
                              good: {value: {name: a, size: 3, zip: null}}
                              misspelt: {value: {nmae: a}}
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: "#/components/schemas/Thing"}
                              example: {name: a, size: "three"}
                components:
                  schemas:
                    Thing:
                      type: object
                      required: [name]
                      properties:
                        name: {type: string, example: a}
                        size: {type: integer, example: 1.5}
                        zip: {nullable: true, allOf: [{$ref: "#/components/schemas/Zip"}]}
                    Zip:
                      type: object
                      properties:
                        id: {type: string}
                """);

        assertThat(OpenApiExamples.mismatches(document)).hasSize(5).anySatisfy(line -> assertThat(line)
                        .startsWith("POST /x parameter limit example"))
                .anySatisfy(line -> assertThat(line).startsWith("POST /x request application/json example 'misspelt'")
                        .contains("nmae"))
                .anySatisfy(line -> assertThat(line).startsWith("POST /x response 200 application/json example"))
                .anySatisfy(line -> assertThat(line).startsWith("#/components/schemas/Thing/properties/size example"));
    }
}
