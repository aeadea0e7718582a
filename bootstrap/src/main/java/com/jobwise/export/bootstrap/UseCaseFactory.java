package com.jobwise.export.bootstrap;

import com.jobwise.export.application.idempotency.FinishIdempotentRequest;
import com.jobwise.export.application.idempotency.PurgeIdempotencyKeys;
import com.jobwise.export.application.idempotency.ReserveIdempotencyKey;
import com.jobwise.export.adapters.rest.idempotency.IdempotencySettings;
import com.jobwise.export.domain.idempotency.IIdempotencyStore;
import io.micronaut.context.annotation.Requires;

import com.jobwise.export.application.export.DeleteExport;
import com.jobwise.export.application.export.DownloadExport;
import com.jobwise.export.application.export.ExportBatch;
import com.jobwise.export.application.export.ExportDocument;
import com.jobwise.export.application.export.ListExports;
import com.jobwise.export.application.export.PurgeExpiredExports;
import com.jobwise.export.application.generation.CreateGeneration;
import com.jobwise.export.application.generation.ImportJsonResume;
import com.jobwise.export.domain.content.jsonresume.IJsonResumeValidator;
import com.jobwise.export.application.generation.GetGeneration;
import com.jobwise.export.application.preview.GetPreview;
import com.jobwise.export.application.preview.PreviewDocument;
import com.jobwise.export.application.ratelimit.ConsumeRateLimit;
import com.jobwise.export.application.share.CreateShare;
import com.jobwise.export.application.share.GetShareAccessLog;
import com.jobwise.export.application.share.ListShares;
import com.jobwise.export.application.share.OpenShare;
import com.jobwise.export.application.share.RevokeShare;
import com.jobwise.export.application.template.RenderTemplateSample;
import com.jobwise.export.domain.export.StorageQuota;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.application.template.RenderGate;
import com.jobwise.export.application.template.WarmUpRenderers;
import com.jobwise.export.application.export.WarmUpStorage;
import com.jobwise.export.domain.export.IExportRepository;
import com.jobwise.export.domain.content.IGenerationRepository;
import com.jobwise.export.domain.export.IObjectStore;
import com.jobwise.export.domain.preview.IPreviewRenderer;
import com.jobwise.export.domain.preview.IPreviewRepository;
import com.jobwise.export.domain.account.IPasswordHasher;
import com.jobwise.export.domain.ratelimit.IRateLimiter;
import com.jobwise.export.domain.share.IShareRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/**
 * Creates the plain-Java use cases with {@code new} from the adapters' port beans
 * (ARCHITECTURE.md: no framework annotation in the core).
 */
@Factory
class UseCaseFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    @Requires(beans = IIdempotencyStore.class)
    ReserveIdempotencyKey reserveIdempotencyKey(IIdempotencyStore store, Clock clock, IdempotencySettings settings) {
        return new ReserveIdempotencyKey(store, clock, settings.getRetention(), settings.getLease());
    }

    @Singleton
    @Requires(beans = IIdempotencyStore.class)
    FinishIdempotentRequest finishIdempotentRequest(IIdempotencyStore store) {
        return new FinishIdempotentRequest(store);
    }

    @Singleton
    @Requires(beans = IIdempotencyStore.class)
    PurgeIdempotencyKeys purgeIdempotencyKeys(IIdempotencyStore store, Clock clock) {
        return new PurgeIdempotencyKeys(store, clock);
    }

    @Singleton
    StorageQuota storageQuota(ExportSettings settings) {
        return new StorageQuota(settings.getFreeQuotaBytes(), settings.getProQuotaBytes());
    }

    @Singleton
    ExportDocument exportDocument(IGenerationRepository generations, List<IDocumentRenderer> renderers,
                                  IObjectStore objectStore, IExportRepository exports, Clock clock,
                                  ExportSettings settings, StorageQuota quota, RenderingSettings rendering,
                                  RenderGate gate) {
        return new ExportDocument(generations, renderers, objectStore, exports, clock, settings.getRetention(), quota,
                rendering.budget(), gate);
    }

    @Singleton
    ExportBatch exportBatch(ExportDocument exportDocument, Clock clock, ExportSettings settings) {
        return new ExportBatch(exportDocument, clock, settings.getRetention());
    }

    @Singleton
    ListExports listExports(IExportRepository exports, StorageQuota quota, Clock clock) {
        return new ListExports(exports, quota, clock);
    }

    @Singleton
    DownloadExport downloadExport(IExportRepository exports, IObjectStore objectStore, Clock clock) {
        return new DownloadExport(exports, objectStore, clock);
    }

    @Singleton
    DeleteExport deleteExport(IExportRepository exports, IObjectStore objectStore, Clock clock) {
        return new DeleteExport(exports, objectStore, clock);
    }

    @Singleton
    PurgeExpiredExports purgeExpiredExports(IExportRepository exports, IPreviewRepository previews,
                                            IObjectStore objectStore, Clock clock, ExportSettings settings) {
        return new PurgeExpiredExports(exports, previews, objectStore, clock, settings.getOrphanGrace());
    }

    @Singleton
    CreateGeneration createGeneration(IGenerationRepository generations, Clock clock) {
        return new CreateGeneration(generations, clock);
    }

    @Singleton
    ImportJsonResume importJsonResume(CreateGeneration createGeneration, IJsonResumeValidator validator) {
        return new ImportJsonResume(createGeneration, validator);
    }

    @Singleton
    GetGeneration getGeneration(IGenerationRepository generations) {
        return new GetGeneration(generations);
    }

    @Singleton
    PreviewDocument previewDocument(IGenerationRepository generations, IPreviewRenderer renderer,
                                    IObjectStore objectStore, IPreviewRepository previews, Clock clock,
                                    ExportSettings settings, RenderGate gate) {
        return new PreviewDocument(generations, renderer, objectStore, previews, clock, settings.getPreviewTtl(), gate);
    }

    /** The one gate of every export and preview render ({@code export.rendering.concurrency}, {@code .queue}). */
    @Singleton
    RenderGate renderGate(RenderingSettings rendering) {
        return rendering.gate();
    }

    /** The start-up warm-up of the storage path (one probe PUT and DELETE, one row lookup). */
    @Singleton
    WarmUpStorage warmUpStorage(IObjectStore objectStore, IExportRepository exports) {
        return new WarmUpStorage(objectStore, exports);
    }

    /** The start-up warm-up of the PDF and DOCX renderers ({@code export.rendering.warm-up.*}). */
    @Singleton
    WarmUpRenderers warmUpRenderers(@Named("pdf") IDocumentRenderer pdfRenderer,
                                    @Named("docx") IDocumentRenderer docxRenderer, RenderTemplateSample samples,
                                    RenderingSettings rendering) {
        return new WarmUpRenderers(List.of(pdfRenderer, docxRenderer), samples, rendering.getWarmUp().getRounds());
    }

    @Singleton
    GetPreview getPreview(IPreviewRepository previews, IObjectStore objectStore, Clock clock) {
        return new GetPreview(previews, objectStore, clock);
    }

    @Singleton
    RenderTemplateSample renderTemplateSample(@Named("pdf") IDocumentRenderer pdfRenderer,
                                              IPreviewRenderer previewRenderer) {
        return new RenderTemplateSample(pdfRenderer, previewRenderer);
    }

    // Share links (issue 13).
    @Singleton
    CreateShare createShare(IExportRepository exports, IShareRepository shares, IPasswordHasher hasher, Clock clock) {
        return new CreateShare(exports, shares, hasher, clock, new SecureRandom());
    }

    @Singleton
    ListShares listShares(IExportRepository exports, IShareRepository shares) {
        return new ListShares(exports, shares);
    }

    @Singleton
    RevokeShare revokeShare(IShareRepository shares, Clock clock) {
        return new RevokeShare(shares, clock);
    }

    @Singleton
    GetShareAccessLog getShareAccessLog(IShareRepository shares) {
        return new GetShareAccessLog(shares);
    }

    @Singleton
    OpenShare openShare(IShareRepository shares, IExportRepository exports, IGenerationRepository generations,
                        IObjectStore objectStore, IPreviewRenderer previewRenderer, IPasswordHasher hasher,
                        IRateLimiter limiter, Clock clock) {
        return new OpenShare(shares, exports, generations, objectStore, previewRenderer, hasher, limiter, clock);
    }

    @Singleton
    ConsumeRateLimit consumeRateLimit(IRateLimiter limiter, RateLimitSettings settings) {
        return new ConsumeRateLimit(limiter, settings.limits());
    }
}
