package com.jobwise.export.bootstrap.operations;

import com.jobwise.export.application.export.WarmUpStorage;
import com.jobwise.export.application.template.RenderTemplateSample;
import com.jobwise.export.domain.export.InMemoryExportRepository;
import com.jobwise.export.domain.export.InMemoryObjectStore;
import com.jobwise.export.application.template.WarmUpRenderers;
import com.jobwise.export.bootstrap.RenderingSettings;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.RenderedDocument;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The background warm-up: readiness is DOWN while it renders and UP once it has rendered every template. */
class ServiceWarmUpTest {

    /** Counts renders; the first one waits for {@code release}. */
    static final class GatedRenderer implements IDocumentRenderer {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger renders = new AtomicInteger();

        @Override
        public ExportFormat format() {
            return ExportFormat.PDF;
        }

        @Override
        public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            renders.incrementAndGet();
            return new RenderedDocument(new byte[] {1}, 1, Map.of());
        }
    }

    static HealthStatus status(ServiceWarmUp warmUp) {
        HealthResult result = HealthResults.first(warmUp);
        assertThat(result.getName()).isEqualTo("warm-up");
        return result.getStatus();
    }

    @Test
    void readinessIsDownUntilEveryTemplateWasRendered() throws Exception {
        GatedRenderer renderer = new GatedRenderer();
        WarmUpRenderers warmUp = new WarmUpRenderers(List.of(renderer), new RenderTemplateSample(renderer, null), 2);
        RenderingSettings settings = new RenderingSettings();
        settings.getWarmUp().setEnabled(true);
        InMemoryObjectStore store = new InMemoryObjectStore();
        ServiceWarmUp indicator = new ServiceWarmUp(warmUp, new WarmUpStorage(store, new InMemoryExportRepository()),
                settings);

        indicator.start();
        assertThat(renderer.started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(status(indicator)).isEqualTo(HealthStatus.DOWN);
        assertThat(indicator.isDone()).isFalse();

        renderer.release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!indicator.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(status(indicator)).isEqualTo(HealthStatus.UP);
        int templates = TemplateCatalog.all().size();
        assertThat(renderer.renders.get()).isEqualTo(templates + 2 * templates); // the samples, then two rounds
        assertThat(store.keys()).isEmpty(); // the storage probe was put and deleted
    }

    @Test
    void turnedOffItIsReadyAtOnceAndRendersNothing() {
        GatedRenderer renderer = new GatedRenderer();
        RenderingSettings settings = new RenderingSettings();
        settings.getWarmUp().setEnabled(false);
        ServiceWarmUp indicator = new ServiceWarmUp(
                new WarmUpRenderers(List.of(renderer), new RenderTemplateSample(renderer, null), 2),
                new WarmUpStorage(new InMemoryObjectStore(), new InMemoryExportRepository()), settings);

        indicator.start();
        assertThat(status(indicator)).isEqualTo(HealthStatus.UP);
        assertThat(renderer.renders.get()).isZero();
    }
}
