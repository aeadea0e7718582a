package com.jobwise.export.bootstrap.e2e;

import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Share links on the real stack (PostgreSQL, S3 over S3Proxy, the Flying Saucer preview renderer): the public
 * page, its first-page image and the download without a token, counters, the foreign key that keeps a deleted
 * export's link at 410, and the page in a real browser (headless Chromium, when installed).
 */
class ShareEndToEndTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    final HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static HttpResponse<byte[]> get(HttpClient client, String url) throws Exception {
        return client.send(java.net.http.HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> shareOf(RunningService service, String user, String body) {
        String generation = LifecycleEndToEndTest.importSample(service, user, "resume-backend-engineer.json");
        String exportId = (String) service.http().retrieve(service.as(user, HttpRequest.POST("/api/v1/exports/pdf",
                Map.of("generation_id", generation, "template", "modern"))), Map.class).get("export_id");
        Map<String, Object> share = service.http().retrieve(service.as(user, HttpRequest.POST(
                "/api/v1/exports/files/" + exportId + "/shares", body)), Map.class);
        share.put("export_id", exportId);
        return share;
    }

    @SuppressWarnings("unchecked")
    @Test
    void aVisitorSeesTheFirstPageAndDownloadsThePdfUntilTheExportIsDeleted() throws Exception {
        try (RunningService service = RunningService.onPostgres()) {
            String user = LifecycleEndToEndTest.user();
            Map<String, Object> share = shareOf(service, user, "{}");
            String url = (String) share.get("url");
            String base = service.context().getBean(EmbeddedServer.class).getURL().toString();
            assertThat(url).startsWith(base + "/s/");

            HttpResponse<byte[]> page = get(plain, url);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("preview.png").contains("/download");
            HttpResponse<byte[]> image = get(plain, url + "/preview.png");
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.body()));
            assertThat(png.getWidth()).isGreaterThanOrEqualTo(1000);
            HttpResponse<byte[]> file = get(plain, url + "/download");
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(new String(file.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            String exportId = (String) share.get("export_id");
            Map<String, Object> listed = ((List<Map<String, Object>>) service.http().retrieve(service.as(user,
                    HttpRequest.GET("/api/v1/exports/files/" + exportId + "/shares")), Map.class).get("shares")).getFirst();
            assertThat(listed).containsEntry("view_count", 1).containsEntry("download_count", 1);

            service.http().exchange(service.as(user, HttpRequest.DELETE("/api/v1/exports/files/" + exportId)));
            assertThat(get(plain, url).statusCode()).isEqualTo(410);
            assertThat(get(plain, base + "/s/" + "B".repeat(43)).statusCode()).isEqualTo(404);
        }
    }

    /** Headless Chromium opens the page as a phone would, the image loads, and one screenshot is kept. */
    @Test
    void theViewerPageWorksInARealBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium on this machine");
        try (RunningService service = RunningService.onPostgres()) {
            Map<String, Object> share = shareOf(service, LifecycleEndToEndTest.user(), "{}");
            String url = (String) share.get("url");
            Path profile = Files.createTempDirectory("chromium-profile");
            Path target = Path.of("target");
            Files.createDirectories(target);
            Path screenshot = target.resolve("share-viewer.png").toAbsolutePath();
            Files.deleteIfExists(screenshot);

            String dom = chromium(profile, "--dump-dom", url);
            assertThat(dom).contains("<img").contains("/preview.png").contains("Download PDF")
                    .contains("name=\"robots\"");
            chromium(profile, "--screenshot=" + screenshot, url);
            assertThat(screenshot).exists();
            BufferedImage shot = ImageIO.read(screenshot.toFile());
            assertThat(shot.getWidth()).isEqualTo(390);
            assertThat(nonBackgroundRows(shot)).as("the first page is drawn").isGreaterThan(shot.getHeight() / 3);

            // The routes the browser used answer as it needs: the image as PNG, the download link a PDF.
            assertThat(get(plain, url + "/preview.png").headers().firstValue("Content-Type")).contains("image/png");
            assertThat(get(plain, url + "/download").body()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static String chromium(Path profile, String mode, String url) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=390,844",
                "--virtual-time-budget=5000", mode, url));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Rows that hold something other than the page background (#f1f5f9) or white: text and drawing. */
    private static int nonBackgroundRows(BufferedImage image) {
        int rows = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xF1F5F9 && rgb != 0xFFFFFF) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }
}
