package com.jobwise.export.application.preview;

import com.jobwise.export.application.storage.ObjectThenRow;
import com.jobwise.export.application.template.RenderGate;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.content.ContentAnonymizer;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.error.GenerationNotFoundException;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.preview.Preview;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.content.IGenerationRepository;
import com.jobwise.export.domain.export.IObjectStore;
import com.jobwise.export.domain.preview.IPreviewRenderer;
import com.jobwise.export.domain.preview.IPreviewRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Renders the first page of a generation as a watermarked PNG (spec: 1200x1557 px, "PREVIEW"),
 * stores it under {@code previews/{user_id}/{preview_id}.png} and records it for {@code ttl}
 * (spec: one hour). Same errors as an export: 404 generation, 400 template, 422 options, and 503
 * ({@code ServiceBusyException}) when the {@link RenderGate} refuses the render.
 */
public final class PreviewDocument {
    private final IGenerationRepository generations;
    private final IPreviewRenderer renderer;
    private final ObjectThenRow objectThenRow;
    private final IPreviewRepository previews;
    private final Clock clock;
    private final Duration ttl;
    private final RenderGate gate;

    /** A preview use case whose renders are not bounded ({@link RenderGate#UNBOUNDED}). */
    public PreviewDocument(IGenerationRepository generations, IPreviewRenderer renderer, IObjectStore objectStore,
                           IPreviewRepository previews, Clock clock, Duration ttl) {
        this(generations, renderer, objectStore, previews, clock, ttl, RenderGate.UNBOUNDED);
    }

    /** As above, every render passing {@code gate} (shared with the exports). */
    public PreviewDocument(IGenerationRepository generations, IPreviewRenderer renderer, IObjectStore objectStore,
                           IPreviewRepository previews, Clock clock, Duration ttl, RenderGate gate) {
        this.gate = gate;
        this.generations = generations;
        this.renderer = renderer;
        this.objectThenRow = new ObjectThenRow(objectStore);
        this.previews = previews;
        this.clock = clock;
        this.ttl = ttl;
    }

    public Preview execute(PreviewCommand command) {
        if (command.generationId() == null || command.generationId().isBlank()) {
            throw new InvalidOptionException("generation_id", "generation_id is required");
        }
        Generation generation = GenerationId.parse(command.generationId()).flatMap(id -> generations.findByIdAndUser(id, command.userId()))
                .orElseThrow(GenerationNotFoundException::new);
        Template template = TemplateCatalog.require(command.template());
        TemplateOptions options = TemplateOptions.resolve(template, command.options(), ExportFormat.PDF);
        DocumentContent read = ContentReader.read(generation);
        DocumentContent content = ContentAnonymizer.when(options.anonymize(), read);

        byte[] png = gate.admit(() -> renderer.renderFirstPage(content, template, options, true));

        ExportId id = ExportId.newId();
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Preview preview = new Preview(id, command.userId(), generation.id(), template.id(),
                Preview.objectKeyFor(command.userId(), id), png.length, createdAt.plus(ttl), createdAt);
        objectThenRow.store(preview.objectKey(), png, ExportFormat.PNG.contentType(), () -> previews.save(preview));
        return preview;
    }
}
