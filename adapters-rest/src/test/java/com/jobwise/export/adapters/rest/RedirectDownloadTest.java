package com.jobwise.export.adapters.rest;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** In redirect mode a download answers 302 to the object store's pre-signed URL, after the checks. */
@MicronautTest
@Property(name = "export.security.jwt-secret", value = TestTokens.SECRET)
@Property(name = "export.download.mode", value = "redirect")
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class RedirectDownloadTest {
    @Inject
    @Client("/")
    HttpClient http;

    @SuppressWarnings("unchecked")
    @Test
    void downloadRedirectsToAPresignedUrl() {
        String user = "carol";
        String generation = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/v1/generations",
                Map.of("document_type", "resume", "content_text", "Carol\nEngineer")).bearerAuth(TestTokens.valid(user)),
                Map.class).get("id");
        Map<String, Object> export = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", generation)).bearerAuth(TestTokens.valid(user)), Map.class);

        HttpResponse<?> response = http.toBlocking().exchange(HttpRequest.GET((String) export.get("download_url"))
                .bearerAuth(TestTokens.valid(user)));

        assertThat(response.getStatus().getCode()).isEqualTo(302);
        assertThat(response.header("Location")).startsWith("memory://objects/exports/carol/" + export.get("export_id") + ".pdf");
    }
}
