package com.jobwise.export.bootstrap;

import com.jobwise.export.application.export.DeleteExport;
import com.jobwise.export.application.export.DownloadExport;
import com.jobwise.export.application.export.ExportDocument;
import com.jobwise.export.application.export.ListExports;
import com.jobwise.export.application.generation.CreateGeneration;
import com.jobwise.export.application.generation.GetGeneration;
import com.jobwise.export.domain.model.StorageQuota;
import com.jobwise.export.domain.port.IDocumentRenderer;
import com.jobwise.export.domain.port.IExportRepository;
import com.jobwise.export.domain.port.IGenerationRepository;
import com.jobwise.export.domain.port.IObjectStore;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

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
    StorageQuota storageQuota(ExportSettings settings) {
        return new StorageQuota(settings.getFreeQuotaBytes(), settings.getProQuotaBytes());
    }

    @Singleton
    ExportDocument exportDocument(IGenerationRepository generations, List<IDocumentRenderer> renderers,
                                  IObjectStore objectStore, IExportRepository exports, Clock clock,
                                  ExportSettings settings) {
        return new ExportDocument(generations, renderers, objectStore, exports, clock, settings.getRetention());
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
    CreateGeneration createGeneration(IGenerationRepository generations, Clock clock) {
        return new CreateGeneration(generations, clock);
    }

    @Singleton
    GetGeneration getGeneration(IGenerationRepository generations) {
        return new GetGeneration(generations);
    }
}
