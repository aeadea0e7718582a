package com.jobwise.export.bootstrap.e2e;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.jobwise.export.bootstrap.e2e.JobTestSupport.await;
import static com.jobwise.export.bootstrap.e2e.JobTestSupport.create;
import static com.jobwise.export.bootstrap.e2e.JobTestSupport.fast;
import static com.jobwise.export.bootstrap.e2e.LifecycleEndToEndTest.importSample;
import static com.jobwise.export.bootstrap.e2e.LifecycleEndToEndTest.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load figure for docs/benchmarks.md (not part of {@code ./test.sh}; run with {@code scripts/job-load.sh}): one
 * 100-item PDF job with a ZIP on PostgreSQL and S3Proxy, timed from the 202 to {@code completed} as the client sees
 * it (polling every 50 ms), after a warm-up job. Prints items per second.
 */
@Tag("load")
class JobLoadTest {

    @Test
    void hundredItemJob() throws Exception {
        try (RunningService service = RunningService.onPostgres(fast(Map.of()))) {
            String user = user();
            String resume = importSample(service, user, "resume-backend-engineer.json");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                ids.add(resume);
            }
            String warmUp = (String) create(service, user, "/api/v1/exports/jobs",
                    Map.of("generation_ids", ids.subList(0, 10), "format", "pdf")).body().get("job_id");
            await(service, user, warmUp, Duration.ofMinutes(5), JobTestSupport::finished);

            for (String format : List.of("pdf", "docx")) {
                long started = System.nanoTime();
                String jobId = (String) create(service, user, "/api/v1/exports/jobs",
                        Map.of("generation_ids", ids, "format", format, "create_zip", true)).body().get("job_id");
                Map<String, Object> job = await(service, user, jobId, Duration.ofMinutes(10),
                        JobTestSupport::finished);
                double seconds = (System.nanoTime() - started) / 1e9;
                assertThat(job).containsEntry("status", "completed");
                byte[] zip = service.http().retrieve(service.as(user,
                        HttpRequest.GET("/api/v1/exports/jobs/" + jobId + "/download")), byte[].class);
                System.out.printf("LOAD: 100-item %s job with ZIP: %.2f s, %.1f items/s, ZIP %d bytes%n", format,
                        seconds, 100 / seconds, zip.length);
            }
        }
    }
}
