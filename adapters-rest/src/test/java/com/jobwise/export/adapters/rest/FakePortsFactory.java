package com.jobwise.export.adapters.rest;

import com.jobwise.export.application.job.CancelExportJob;
import com.jobwise.export.application.job.CreateBulkExportJob;
import com.jobwise.export.application.job.CreateExportJob;
import com.jobwise.export.application.job.DownloadJobResult;
import com.jobwise.export.application.job.GetExportJob;
import com.jobwise.export.application.job.ListExportJobs;
import com.jobwise.export.application.job.RotateWebhookSecret;
import com.jobwise.export.application.job.RunExportJob;
import com.jobwise.export.application.job.RunJobItem;
import com.jobwise.export.domain.job.IJobMetrics;
import com.jobwise.export.domain.job.InMemoryExportJobRepository;
import com.jobwise.export.domain.job.InMemoryWebhookSecretRepository;
import com.jobwise.export.domain.job.RecordingJobScheduler;
import com.jobwise.export.domain.job.WebhookUrlPolicy;
import java.net.InetAddress;
import java.util.Set;
import com.jobwise.export.application.account.GetCurrentUser;
import com.jobwise.export.application.account.LogIn;
import com.jobwise.export.application.account.LogOut;
import com.jobwise.export.application.account.RefreshSession;
import com.jobwise.export.application.account.RegisterUser;
import com.jobwise.export.application.account.TokenLifetimes;
import com.jobwise.export.application.export.DeleteExport;
import com.jobwise.export.domain.account.LoginThrottlePolicy;
import com.jobwise.export.domain.account.IAccessTokenIssuer;
import com.jobwise.export.domain.account.IPasswordHasher;
import com.jobwise.export.domain.account.InMemoryFailedLoginRepository;
import com.jobwise.export.domain.account.InMemoryRefreshTokenRepository;
import com.jobwise.export.domain.account.InMemoryUserRepository;
import com.jobwise.export.application.export.ExportBatch;
import com.jobwise.export.application.preview.GetPreview;
import com.jobwise.export.application.preview.PreviewDocument;
import com.jobwise.export.application.ratelimit.ConsumeRateLimit;
import com.jobwise.export.application.template.RenderTemplateSample;
import com.jobwise.export.domain.ratelimit.RateLimit;
import com.jobwise.export.domain.ratelimit.RateLimitedOperation;
import com.jobwise.export.domain.preview.IPreviewRenderer;
import com.jobwise.export.domain.preview.InMemoryPreviewRepository;
import com.jobwise.export.domain.ratelimit.InMemoryRateLimiter;
import java.util.function.Function;
import com.jobwise.export.application.export.DownloadExport;
import com.jobwise.export.application.export.ExportDocument;
import com.jobwise.export.application.export.ListExports;
import com.jobwise.export.application.generation.CreateGeneration;
import com.jobwise.export.application.generation.ImportJsonResume;
import com.jobwise.export.domain.content.jsonresume.IJsonResumeValidator;
import com.jobwise.export.application.generation.GetGeneration;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.StorageQuota;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.export.InMemoryExportRepository;
import com.jobwise.export.domain.content.InMemoryGenerationRepository;
import com.jobwise.export.domain.export.InMemoryObjectStore;
import com.jobwise.export.domain.template.RenderedDocument;
import com.jobwise.export.application.share.CreateShare;
import com.jobwise.export.application.share.GetShareAccessLog;
import com.jobwise.export.application.share.ListShares;
import com.jobwise.export.application.share.OpenShare;
import com.jobwise.export.application.share.RevokeShare;
import com.jobwise.export.domain.share.InMemoryShareRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Wires the REST adapter to the use cases over in-memory fakes, so these tests exercise HTTP,
 * JSON, security and error mapping only. The real adapters are tested end to end in bootstrap.
 */
@Factory
public class FakePortsFactory {
    /** Writes "format|name|template" so tests can see what was rendered. */
    record TextRenderer(ExportFormat format) implements IDocumentRenderer {
        @Override
        public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
            String text = format.wireName() + "|" + content.header().name() + "|" + template.id();
            return new RenderedDocument(text.getBytes(StandardCharsets.UTF_8),
                    format == ExportFormat.PDF ? 1 : null, Map.of("ats_score", 90.0));
        }
    }

    final InMemoryGenerationRepository generations = new InMemoryGenerationRepository();
    final InMemoryExportRepository exports = new InMemoryExportRepository();
    final InMemoryObjectStore store = new InMemoryObjectStore();
    final Clock clock = Clock.systemUTC();

    @Singleton
    InMemoryObjectStore objectStore() {
        return store;
    }

    @Singleton
    InMemoryExportRepository exportRepository() {
        return exports;
    }

    final InMemoryPreviewRepository previews = new InMemoryPreviewRepository();
    /** Three calls per operation, so the tests reach the limit quickly; budgets per user. */
    static final Function<RateLimitedOperation, RateLimit> LIMITS = op -> new RateLimit(
            op == RateLimitedOperation.BATCH_EXPORT ? 2 : 40, Duration.ofHours(1));
    final InMemoryRateLimiter limiter = new InMemoryRateLimiter(LIMITS);

    @Singleton
    InMemoryRateLimiter rateLimiter() {
        return limiter;
    }

    @Singleton
    ExportDocument exportDocument() {
        // one fake renderer per export format (every format but the ZIP package and the PNG preview)
        List<IDocumentRenderer> renderers = java.util.Arrays.stream(ExportFormat.values())
                .filter(f -> f != ExportFormat.ZIP && f != ExportFormat.PNG)
                .<IDocumentRenderer>map(TextRenderer::new).toList();
        return new ExportDocument(generations, renderers, store, exports, clock, Duration.ofDays(30),
                new StorageQuota(1000, 1_000_000));
    }

    @Singleton
    ExportBatch exportBatch(ExportDocument exportDocument) {
        return new ExportBatch(exportDocument, clock, Duration.ofDays(30));
    }

    @Singleton
    RenderTemplateSample renderTemplateSample() {
        return new RenderTemplateSample(new TextRenderer(ExportFormat.PDF), PNG);
    }

    /** Writes a tiny fake PNG naming the template, optionally marked as watermarked. */
    static final IPreviewRenderer PNG = (content, template, options, watermark) ->
            ("PNG|" + template.id() + "|" + watermark).getBytes(StandardCharsets.UTF_8);

    @Singleton
    PreviewDocument previewDocument() {
        return new PreviewDocument(generations, PNG, store, previews, clock, Duration.ofHours(1));
    }

    @Singleton
    GetPreview getPreview() {
        return new GetPreview(previews, store, clock);
    }

    @Singleton
    ConsumeRateLimit consumeRateLimit() {
        return new ConsumeRateLimit(limiter, LIMITS);
    }

    @Singleton
    ListExports listExports() {
        return new ListExports(exports, StorageQuota.SPEC_DEFAULT, clock);
    }

    @Singleton
    DownloadExport downloadExport() {
        return new DownloadExport(exports, store, clock);
    }

    @Singleton
    DeleteExport deleteExport() {
        return new DeleteExport(exports, store, clock);
    }

    @Singleton
    CreateGeneration createGeneration() {
        return new CreateGeneration(generations, clock);
    }

    @Singleton
    ImportJsonResume importJsonResume(CreateGeneration createGeneration, IJsonResumeValidator validator) {
        return new ImportJsonResume(createGeneration, validator);
    }

    @Singleton
    GetGeneration getGeneration() {
        return new GetGeneration(generations);
    }

    // Share links: the real bcrypt hasher bean, an in-memory share store, the fake PNG renderer.
    final InMemoryShareRepository shares = new InMemoryShareRepository();

    @Singleton
    InMemoryShareRepository shareRepository() {
        return shares;
    }

    @Singleton
    CreateShare createShare(IPasswordHasher hasher) {
        return new CreateShare(exports, shares, hasher, clock, new SecureRandom());
    }

    @Singleton
    ListShares listShares() {
        return new ListShares(exports, shares);
    }

    @Singleton
    RevokeShare revokeShare() {
        return new RevokeShare(shares, clock);
    }

    @Singleton
    GetShareAccessLog getShareAccessLog() {
        return new GetShareAccessLog(shares);
    }

    @Singleton
    OpenShare openShare(IPasswordHasher hasher) {
        return new OpenShare(shares, exports, generations, store, PNG, hasher, limiter, clock);
    }

    // Accounts (local mode): in-memory stores, the real bcrypt hasher and HS256 issuer beans of the adapter.
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemoryRefreshTokenRepository refreshTokens = new InMemoryRefreshTokenRepository();
    final InMemoryFailedLoginRepository failedLogins = new InMemoryFailedLoginRepository();

    @Singleton
    InMemoryUserRepository userRepository() {
        return users;
    }

    @Singleton
    InMemoryRefreshTokenRepository refreshTokenRepository() {
        return refreshTokens;
    }

    @Singleton
    RegisterUser registerUser(IPasswordHasher hasher, IAccessTokenIssuer issuer) {
        return new RegisterUser(users, hasher, issuer, refreshTokens, clock, TokenLifetimes.DEFAULT);
    }

    @Singleton
    LogIn logIn(IPasswordHasher hasher, IAccessTokenIssuer issuer) {
        return new LogIn(users, hasher, failedLogins, LoginThrottlePolicy.DEFAULT, issuer, refreshTokens, clock,
                TokenLifetimes.DEFAULT);
    }

    @Singleton
    RefreshSession refreshSession(IAccessTokenIssuer issuer) {
        return new RefreshSession(refreshTokens, users, issuer, clock, TokenLifetimes.DEFAULT);
    }

    @Singleton
    LogOut logOut() {
        return new LogOut(refreshTokens, clock);
    }

    @Singleton
    GetCurrentUser getCurrentUser() {
        return new GetCurrentUser(users);
    }
    // Export jobs (issue 12): an in-memory job store, a scheduler the tests drain by hand, no DNS (every webhook host
    // resolves to a public documentation address unless the test allow-lists it).
    final InMemoryExportJobRepository jobs = new InMemoryExportJobRepository();
    final RecordingJobScheduler jobScheduler = new RecordingJobScheduler();
    final InMemoryWebhookSecretRepository webhookSecrets = new InMemoryWebhookSecretRepository();
    final WebhookUrlPolicy webhookPolicy = new WebhookUrlPolicy(Set.of("localhost"), host -> {
        try {
            return List.of(host.equals("localhost") || host.startsWith("internal")
                    ? InetAddress.getByName("127.0.0.1") : InetAddress.getByName("93.184.216.34"));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    });

    @Singleton
    InMemoryExportJobRepository exportJobRepository() {
        return jobs;
    }

    @Singleton
    RecordingJobScheduler jobScheduler() {
        return jobScheduler;
    }

    @Singleton
    CreateExportJob createExportJob() {
        return new CreateExportJob(jobs, jobScheduler, limiter, webhookSecrets, webhookPolicy,
                List.of(ExportFormat.PDF, ExportFormat.DOCX, ExportFormat.JSON_RESUME), clock, Duration.ofDays(30));
    }

    @Singleton
    CreateBulkExportJob createBulkExportJob(CreateExportJob createExportJob) {
        return new CreateBulkExportJob((user, from, to, types, limit) -> List.of(), createExportJob);
    }

    @Singleton
    GetExportJob getExportJob() {
        return new GetExportJob(jobs);
    }

    @Singleton
    ListExportJobs listExportJobs() {
        return new ListExportJobs(jobs);
    }

    @Singleton
    DownloadJobResult downloadJobResult(DownloadExport downloadExport) {
        return new DownloadJobResult(new GetExportJob(jobs), downloadExport);
    }

    @Singleton
    CancelExportJob cancelExportJob() {
        return new CancelExportJob(jobs, clock);
    }

    @Singleton
    RunExportJob runExportJob(ExportDocument exportDocument, ExportBatch exportBatch) {
        return new RunExportJob(jobs, new RunJobItem(exportDocument, exports, jobs), exportBatch, exports, store,
                jobScheduler, IJobMetrics.NONE, clock);
    }

    @Singleton
    RotateWebhookSecret rotateWebhookSecret() {
        return new RotateWebhookSecret(webhookSecrets, new SecureRandom(), clock);
    }
}
