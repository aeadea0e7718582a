package com.jobwise.export.adapters.rest;

import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.export.InMemoryObjectStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subjects of other identity providers ({@code auth0|abc}, {@code google-oauth2|123}, {@code a/../b},
 * {@code x@example.com}) are users: each gets its own exports and previews under its own encoded object keys,
 * never containing the raw {@code sub}, and sees only its own files.
 */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
class ProviderSubjectsTest {
    static final List<String> SUBJECTS = List.of("auth0|abc", "google-oauth2|123", "a/../b", "x@example.com");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    InMemoryObjectStore store;

    @SuppressWarnings("unchecked")
    Map<String, Object> post(String sub, String path, Map<String, Object> body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(TestTokens.valid(sub)), Map.class);
    }

    int status(String sub, String path) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(TestTokens.valid(sub)),
                    Argument.of(byte[].class), Argument.of(String.class)).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void eachSubjectHasItsOwnFilesUnderItsOwnKeys() {
        Map<String, Map<String, Object>> exports = new LinkedHashMap<>();
        Map<String, Map<String, Object>> previews = new LinkedHashMap<>();
        for (String sub : SUBJECTS) {
            Object generation = post(sub, "/api/v1/generations",
                    Map.of("document_type", "resume", "content_structured", ExportApiTest.RESUME)).get("id");
            exports.put(sub, post(sub, "/api/v1/exports/pdf", Map.of("generation_id", generation)));
            previews.put(sub, post(sub, "/api/v1/exports/preview", Map.of("generation_id", generation,
                    "template", "modern")));
        }

        Set<String> keys = new HashSet<>();
        for (String sub : SUBJECTS) {
            String segment = new UserId(sub).pathSegment();
            assertThat(segment).startsWith("~").doesNotContain("/", ".", "|", "@");
            String exportKey = "exports/" + segment + "/" + exports.get(sub).get("export_id") + ".pdf";
            String previewKey = "previews/" + segment + "/" + previews.get(sub).get("preview_id") + ".png";
            assertThat(store.keys()).contains(exportKey, previewKey);
            assertThat(keys.add(exportKey) && keys.add(previewKey)).as(sub).isTrue();

            Map<String, Object> list = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/exports/files")
                    .bearerAuth(TestTokens.valid(sub)), Map.class);
            assertThat(list.get("total")).as(sub).isEqualTo(1);
            assertThat(list.toString()).as(sub).contains((String) exports.get(sub).get("export_id"));
            assertThat(status(sub, (String) exports.get(sub).get("download_url"))).as(sub).isEqualTo(200);
            assertThat(status(sub, (String) previews.get(sub).get("preview_url"))).as(sub).isEqualTo(200);
            for (String other : SUBJECTS) {
                if (!other.equals(sub)) {
                    assertThat(status(other, (String) exports.get(sub).get("download_url"))).isEqualTo(404);
                    assertThat(status(other, (String) previews.get(sub).get("preview_url"))).isEqualTo(404);
                }
            }
        }
        for (String key : store.keys()) {
            assertThat(key).doesNotContain("..", "|", "@");
            SUBJECTS.forEach(sub -> assertThat(key).doesNotContain(sub));
        }
    }
}
