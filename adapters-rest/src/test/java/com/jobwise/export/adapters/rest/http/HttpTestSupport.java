package com.jobwise.export.adapters.rest.http;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * A raw JDK HTTP client for the hygiene tests: it sends exactly the bytes and headers given (chunked bodies,
 * odd headers, OPTIONS) and never throws on an error status.
 */
final class HttpTestSupport {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpTestSupport() {
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder request(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(JsonMapper mapper, String body) {
        try {
            return mapper.readValue(body, Map.class);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
