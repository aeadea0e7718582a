package com.jobwise.export.bootstrap.e2e;

import com.jobwise.export.adapters.s3.S3ObjectStore;
import com.jobwise.export.bootstrap.EmbeddedS3Server;
import com.jobwise.export.domain.job.JobId;
import com.jobwise.export.domain.export.IExportRepository;
import com.jobwise.export.domain.export.ObjectSummary;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.jobwise.export.bootstrap.e2e.JobTestSupport.FAST;
import static com.jobwise.export.bootstrap.e2e.JobTestSupport.await;
import static com.jobwise.export.bootstrap.e2e.JobTestSupport.create;
import static com.jobwise.export.bootstrap.e2e.JobTestSupport.fast;
import static com.jobwise.export.bootstrap.e2e.LifecycleEndToEndTest.importSample;
import static com.jobwise.export.bootstrap.e2e.LifecycleEndToEndTest.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances on one PostgreSQL schema and one S3 server: instance A in this JVM, instance B a separate
 * JVM process (same classpath, {@code Application.main}) pointed at A's database schema and A's embedded S3 endpoint.
 * 30 jobs of 4 PDFs each are queued; once B is running jobs and has finished items, B is killed by its
 * PID (SIGKILL: no shutdown hook, no graceful stop). Then every job completes (A revives B's dead executions after
 * their heartbeats lapse), each item has exactly one export (the id derived from job and index), and every S3
 * object has its row.
 */
class JobFailoverEndToEndTest {
    static final int JOBS = 30;
    static final int ITEMS = 4;

    @SuppressWarnings("unchecked")
    @Test
    void aKilledInstancesJobsCompleteElsewhereWithExactlyOneExportPerItem() throws Exception {
        try (RunningService a = RunningService.onPostgres(fast(Map.of("export.jobs.scheduler-name", "instance-a")))) {
            String user = user();
            List<String> generations = List.of(importSample(a, user, "resume-backend-engineer.json"),
                    importSample(a, user, "resume-long-multipage.json"));
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Path log = Files.createTempFile("instance-b", ".log");
            Process b = startInstanceB(a, port, log);
            try {
                awaitHealthy(port, b, log);
                // All 30 jobs are queued through A; A runs 2 at a time, so B's poller picks up the rest.
                List<String> jobIds = new ArrayList<>();
                for (int j = 0; j < JOBS; j++) {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < ITEMS; i++) {
                        ids.add(generations.get((i + j) % 2));
                    }
                    jobIds.add((String) create(a, user, "/api/v1/exports/jobs",
                            Map.of("generation_ids", ids, "format", "pdf", "create_zip", true)).body().get("job_id"));
                }

                Set<String> heldByB = awaitBMidJob(a, Duration.ofSeconds(90));
                ProcessHandle.of(b.pid()).orElseThrow().destroyForcibly();
                assertThat(b.waitFor()).isNotZero();
                System.out.printf("Killed instance B (pid %d) while it held %d jobs: %s%n", b.pid(), heldByB.size(),
                        heldByB);

                Set<String> expectedExportIds = new HashSet<>();
                for (String jobId : jobIds) {
                    Map<String, Object> job = await(a, user, jobId, Duration.ofSeconds(180),
                            JobTestSupport::finished);
                    assertThat(job).as(jobId).containsEntry("status", "completed");
                    assertThat(job.get("progress")).isEqualTo(Map.of("total", ITEMS, "done", ITEMS, "failed", 0,
                            "skipped", 0));
                    JobId id = new JobId(UUID.fromString(jobId));
                    for (Map<String, Object> item : (List<Map<String, Object>>) job.get("items")) {
                        String expected = id.itemExportId((Integer) item.get("index")).toString();
                        assertThat(item.get("export_id")).isEqualTo(expected);
                        expectedExportIds.add(expected);
                    }
                    assertThat(job.get("result_export_id")).isEqualTo(id.packageExportId().toString());
                    expectedExportIds.add(id.packageExportId().toString());
                }
                assertThat(heldByB).isNotEmpty();
                assertThat(expectedExportIds).hasSize(JOBS * (ITEMS + 1));
                assertThat(exportIds(a, user)).containsExactlyInAnyOrderElementsOf(expectedExportIds);
                List<String> keys = a.context().getBean(S3ObjectStore.class).list("exports/").stream()
                        .map(ObjectSummary::key).toList();
                assertThat(keys).hasSize(JOBS * (ITEMS + 1));
                assertThat(a.context().getBean(IExportRepository.class).findExistingObjectKeys(keys))
                        .containsExactlyInAnyOrderElementsOf(keys);
            } finally {
                b.destroyForcibly();
            }
        }
    }

    /** Instance B: this test's classpath, Application.main, A's schema and S3 endpoint, system properties only. */
    private static Process startInstanceB(RunningService a, int port, Path log) throws Exception {
        EmbeddedS3Server s3 = a.context().getBean(EmbeddedS3Server.class);
        String java = ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dmicronaut.server.port=" + port,
                "-Ddatasources.default.url=" + RunningService.POSTGRES_URL + "?currentSchema=" + a.schema(),
                "-Ddatasources.default.username=postgres", "-Ddatasources.default.password=",
                "-Dexport.security.jwt-secret=" + RunningService.SECRET,
                "-Dexport.s3.endpoint=" + s3.endpoint(), "-Dexport.s3.bucket=exports-local",
                "-Daws.accessKeyId=" + s3.accessKey(), "-Daws.secretAccessKey=" + s3.secretKey(),
                "-Dexport.jobs.scheduler-name=instance-b", "-Dexport.rendering.warm-up.enabled=false"));
        FAST.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("com.jobwise.export.bootstrap.Application");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitHealthy(int port, Process b, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!b.isAlive()) {
                throw new AssertionError("instance B exited: " + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("instance B did not start: " + Files.readString(log));
    }

    /** Waits until B holds a job of which at least one item is completed; returns the jobs B holds. */
    private static Set<String> awaitBMidJob(RunningService a, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String sql = "SELECT t.task_instance FROM scheduled_tasks t WHERE t.picked AND t.picked_by = 'instance-b'"
                + " AND t.task_name = 'export-job' AND EXISTS (SELECT 1 FROM export_job_items i"
                + " WHERE i.job_id = t.task_instance AND i.status = 'completed')";
        while (System.nanoTime() < deadline) {
            Set<String> held = new HashSet<>();
            try (Connection c = a.pool().getConnection(); PreparedStatement s = c.prepareStatement(sql);
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    held.add(r.getString(1));
                }
            }
            if (!held.isEmpty()) {
                return held;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("instance B never ran a job");
    }

    private static List<String> exportIds(RunningService a, String user) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = a.pool().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM exports WHERE user_id = ?")) {
            s.setString(1, user);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }
}
