package com.jobwise.export.application.job;

import com.jobwise.export.application.export.ExportBatch;
import com.jobwise.export.application.export.ExportDocument;
import com.jobwise.export.application.export.ExportDocumentCommand;
import com.jobwise.export.domain.job.ExportJob;
import com.jobwise.export.domain.job.IJobMetrics;
import com.jobwise.export.domain.job.InMemoryExportJobRepository;
import com.jobwise.export.domain.job.InMemoryWebhookSecretRepository;
import com.jobwise.export.domain.job.JobId;
import com.jobwise.export.domain.job.JobItemStatus;
import com.jobwise.export.domain.job.JobStatus;
import com.jobwise.export.domain.job.RecordingJobScheduler;
import com.jobwise.export.domain.job.WebhookSignature;
import com.jobwise.export.domain.job.WebhookUrlPolicy;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.error.RateLimitedException;
import com.jobwise.export.domain.export.StorageQuota;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.export.InMemoryExportRepository;
import com.jobwise.export.domain.content.InMemoryGenerationRepository;
import com.jobwise.export.domain.export.InMemoryObjectStore;
import com.jobwise.export.domain.ratelimit.InMemoryRateLimiter;
import com.jobwise.export.domain.template.RenderedDocument;
import com.jobwise.export.domain.export.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The job use cases over the in-memory fakes: idempotent re-runs, rate limits, webhook delivery and DNS rebinding. */
class JobUseCasesTest {
    final Clock clock = Clock.systemUTC();
    final InMemoryGenerationRepository generations = new InMemoryGenerationRepository();
    final InMemoryObjectStore store = new InMemoryObjectStore();
    final InMemoryExportRepository exports = new InMemoryExportRepository();
    final InMemoryExportJobRepository jobs = new InMemoryExportJobRepository();
    final RecordingJobScheduler scheduler = new RecordingJobScheduler();
    final InMemoryWebhookSecretRepository secrets = new InMemoryWebhookSecretRepository();
    final AtomicInteger renders = new AtomicInteger();
    final List<String> resolvedTo = new ArrayList<>(List.of("93.184.216.34"));
    final WebhookUrlPolicy policy = new WebhookUrlPolicy(Set.of(), host -> List.of(ip(resolvedTo.getFirst())));
    final UserId user = TestData.newUser();
    ExportDocument exportDocument;
    CreateExportJob create;
    RunExportJob run;
    Generation generation;

    static InetAddress ip(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void setUp() {
        generation = TestData.generation(user);
        generations.save(generation);
        IDocumentRenderer counting = new IDocumentRenderer() {
            @Override
            public ExportFormat format() {
                return ExportFormat.PDF;
            }

            @Override
            public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
                renders.incrementAndGet();
                return new RenderedDocument(("pdf|" + content.header().name()).getBytes(StandardCharsets.UTF_8), 1,
                        Map.of());
            }
        };
        exportDocument = new ExportDocument(generations, List.of(counting), store, exports, clock,
                Duration.ofDays(30), StorageQuota.SPEC_DEFAULT);
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(op -> new RateLimit(5, Duration.ofHours(1)));
        create = new CreateExportJob(jobs, scheduler, limiter, secrets, policy, List.of(ExportFormat.PDF), clock,
                Duration.ofDays(30));
        run = new RunExportJob(jobs, new RunJobItem(exportDocument, exports, jobs), new ExportBatch(exportDocument,
                clock, Duration.ofDays(30)), exports, store, scheduler, IJobMetrics.NONE, clock);
    }

    JobId queue(int items, String webhook) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            ids.add(generation.id().value());
        }
        return create.execute(new CreateExportJobCommand(user, null, ids, "pdf", null, null, true, webhook)).job().id();
    }

    @Test
    void aRerunAfterACrashReusesWhatTheFirstRunStoredAndExportsEachItemOnce() {
        JobId id = queue(3, null);
        // First run "crashed": item 0's export row was written but the item not marked; item 1's object was PUT
        // but its row never written.
        exportDocument.executeWithContent(new ExportDocumentCommand(user, null, generation.id().value(), ExportFormat.PDF,
                null, null, null), id.itemExportId(0));
        String orphanKey = "exports/" + user.pathSegment() + "/" + id.itemExportId(1) + ".pdf";
        store.put(orphanKey, "half".getBytes(StandardCharsets.UTF_8), "application/pdf");
        renders.set(0);

        assertThat(run.execute(id)).contains(JobStatus.COMPLETED);
        assertThat(run.execute(id)).contains(JobStatus.COMPLETED);

        ExportJob job = jobs.findById(id).orElseThrow();
        assertThat(renders.get()).as("items 1 and 2 rendered, item 0 reused").isEqualTo(2);
        assertThat(job.items()).allMatch(i -> i.status() == JobItemStatus.COMPLETED
                && i.exportId().equals(id.itemExportId(i.index())));
        assertThat(job.resultExportId()).isEqualTo(id.packageExportId());
        assertThat(exports.findByIdAndUser(id.itemExportId(1), user)).isPresent();
        assertThat(new String(store.get(orphanKey).orElseThrow().readAllBytes(), StandardCharsets.UTF_8))
                .startsWith("pdf|");
        assertThat(store.keys()).hasSize(4);
    }

    @Test
    void eachItemSpendsOneUnitOfTheFormatsRateLimit() {
        queue(3, null);
        queue(2, null);

        assertThatThrownBy(() -> queue(1, null)).isInstanceOf(RateLimitedException.class);
        assertThat(scheduler.pendingJobs()).hasSize(2);
    }

    @Test
    void webhookIsSignedAndAHostReResolvedToAnInternalAddressIsNotCalled() {
        JobId id = queue(1, "https://hooks.example.com/x");
        String secret = secrets.find(user).orElseThrow();
        scheduler.runJobs(run::execute);
        assertThat(scheduler.pendingWebhooks()).containsExactly(id);
        AtomicReference<Map<String, String>> sentHeaders = new AtomicReference<>();
        AtomicReference<byte[]> sentBody = new AtomicReference<>();
        AtomicReference<List<InetAddress>> connectedTo = new AtomicReference<>();
        AtomicInteger status = new AtomicInteger(204);
        DeliverWebhook deliver = new DeliverWebhook(jobs, secrets, (url, addresses, body, headers) -> {
            connectedTo.set(addresses);
            sentHeaders.set(headers);
            sentBody.set(body);
            return status.get();
        }, policy);

        assertThat(deliver.execute(id)).isEqualTo(DeliverWebhook.Outcome.DELIVERED);
        assertThat(connectedTo.get()).containsExactly(ip("93.184.216.34"));
        assertThat(sentHeaders.get()).containsEntry(WebhookSignature.HEADER,
                WebhookSignature.sign(secret, sentBody.get())).containsEntry("X-Export-Event", "job.completed");
        assertThat(new String(sentBody.get(), StandardCharsets.UTF_8)).contains("\"status\": \"completed\"");

        status.set(500);
        assertThatThrownBy(() -> deliver.execute(id)).isInstanceOf(DeliverWebhook.WebhookFailedException.class)
                .hasMessageContaining("answered 500");

        // DNS rebinding: the name now points at the metadata address; nothing is sent.
        resolvedTo.set(0, "169.254.169.254");
        connectedTo.set(null);
        assertThat(deliver.execute(id)).isEqualTo(DeliverWebhook.Outcome.DROPPED);
        assertThat(connectedTo.get()).isNull();
    }

    @Test
    void aCancelledJobRunsNoFurtherItems() {
        JobId id = queue(3, null);
        new CancelExportJob(jobs, clock).execute(user, id.toString());

        assertThat(run.execute(id)).contains(JobStatus.CANCELLED);
        assertThat(renders.get()).isZero();
        assertThat(jobs.findById(id).orElseThrow().progress().skipped()).isEqualTo(3);
    }
}
