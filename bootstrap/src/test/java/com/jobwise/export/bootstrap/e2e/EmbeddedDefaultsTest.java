package com.jobwise.export.bootstrap.e2e;

import com.jobwise.export.bootstrap.EmbeddedS3Server;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run command's default: no database URL, no S3 settings. The service must start on H2 with an
 * embedded S3 server writing under the data directory, and export a PDF.
 */
class EmbeddedDefaultsTest {

    @SuppressWarnings("unchecked")
    @Test
    void exportsWithNoExternalServices() throws Exception {
        try (RunningService service = RunningService.embeddedDefaults()) {
            assertThat(service.context().containsBean(EmbeddedS3Server.class)).isTrue();
            JsonMapper json = service.context().getBean(JsonMapper.class);
            Map<String, Object> sample = Samples.all(json).stream()
                    .filter(e -> e.getKey().equals("resume-plain-text.json")).findFirst().orElseThrow().getValue();
            String user = "demo-" + UUID.randomUUID().toString().substring(0, 8);

            Map<String, Object> generation = service.http().retrieve(service.as(user,
                    HttpRequest.POST("/api/v1/generations", sample)), Map.class);
            Map<String, Object> export = service.http().retrieve(service.as(user,
                    HttpRequest.POST("/api/v1/exports/pdf", Map.of("generation_id", generation.get("id")))), Map.class);
            byte[] pdf = service.http().retrieve(service.as(user, HttpRequest.GET((String) export.get("download_url"))),
                    byte[].class);

            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
            try (var files = Files.walk(service.dataDir().resolve("s3"))) {
                assertThat(files.anyMatch(p -> p.toString().endsWith(export.get("export_id") + ".pdf"))).isTrue();
            }
        }
    }
}
