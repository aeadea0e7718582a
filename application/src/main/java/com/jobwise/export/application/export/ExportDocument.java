package com.jobwise.export.application.export;

import com.jobwise.export.domain.error.DocumentTooLongException;

import com.jobwise.export.application.storage.ObjectThenRow;
import com.jobwise.export.application.template.RenderGate;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.content.ContentAnonymizer;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.export.FileNames;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.error.GenerationNotFoundException;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.error.QuotaExceededException;
import com.jobwise.export.domain.export.StorageQuota;
import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.export.IExportRepository;
import com.jobwise.export.domain.content.IGenerationRepository;
import com.jobwise.export.domain.export.IObjectStore;
import com.jobwise.export.domain.template.RenderedDocument;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Exports one generation to a PDF or DOCX file following the spec's write flow: new export id →
 * object key {@code exports/{user_id}/{export_id}.{ext}} → render in memory → PUT → insert row.
 * If the insert fails the object is deleted again, so no object is left without a row. The storage
 * quota is enforced atomically with the insert (one statement batch, no separate pre-check), so an
 * export over the quota leaves nothing behind either. With the option {@code anonymize} the content
 * is replaced by its {@link ContentAnonymizer} copy before rendering (so every format, the embedded
 * data and the metadata see only that copy) and the requested file name is scrubbed of the name.
 *
 * <p>Rendering runs through a {@link RenderGate}: a request renders in one of its slots or is refused with
 * {@code ServiceBusyException} (503) when the queue in front of them is full; job items wait for a slot instead.
 *
 * <p>Errors: {@code GenerationNotFoundException} (404), {@code TemplateNotFoundException} (400),
 * {@code InvalidOptionException} / {@code InvalidContentException} / {@code DocumentTooLongException} (422),
 * {@code StorageUnavailableException} / {@code ServiceBusyException} (503).
 */
public final class ExportDocument {
    private final RenderBudget budget;
    private final RenderGate gate;
    private final IGenerationRepository generations;
    private final Map<ExportFormat, IDocumentRenderer> renderers = new EnumMap<>(ExportFormat.class);
    private final ObjectThenRow objectThenRow;
    private final IExportRepository exports;
    private final Clock clock;
    private final Duration retention;
    private final StorageQuota quota;

    /**
     * @param renderers one renderer per format this use case can produce
     * @param retention how long an export lives ({@code expires_at = created_at + retention}; spec: 30 days)
     * @param quota     bytes of live exports each tier may keep (spec: 100 MB free, 1 GB pro)
     */
    public ExportDocument(IGenerationRepository generations, Collection<IDocumentRenderer> renderers,
                          IObjectStore objectStore, IExportRepository exports, Clock clock, Duration retention,
                          StorageQuota quota) {
        this(generations, renderers, objectStore, exports, clock, retention, quota, RenderBudget.DEFAULT,
                RenderGate.UNBOUNDED);
    }

    /**
     * As above, with the bounds of a document ({@code DocumentTooLongException}, 422, beyond them) and the gate
     * every render passes ({@link RenderGate#UNBOUNDED} for none).
     */
    public ExportDocument(IGenerationRepository generations, Collection<IDocumentRenderer> renderers,
                          IObjectStore objectStore, IExportRepository exports, Clock clock, Duration retention,
                          StorageQuota quota, RenderBudget budget, RenderGate gate) {
        this.budget = budget;
        this.gate = gate;
        this.generations = generations;
        renderers.forEach(r -> this.renderers.put(r.format(), r));
        this.objectThenRow = new ObjectThenRow(objectStore);
        this.exports = exports;
        this.clock = clock;
        this.retention = retention;
        this.quota = quota;
    }

    /** Renders, stores and records the export; returns the stored row. */
    public Export execute(ExportDocumentCommand command) {
        return executeWithContent(command).export();
    }

    /**
     * Like {@link #execute} and also returns the file's bytes (for packaging).
     *
     * @throws QuotaExceededException when the file would take the user over the tier's quota; nothing is kept
     * @throws com.jobwise.export.domain.error.ServiceBusyException when no rendering slot is free and the queue is
     *                                                              full; nothing is kept
     */
    public ExportedFile executeWithContent(ExportDocumentCommand command) {
        return export(command, ExportId.newId(), false);
    }

    /**
     * Like {@link #executeWithContent(ExportDocumentCommand)} under a given export id, as background work that waits
     * for a rendering slot instead of being refused: an export job passes the id derived from (job, item), so a
     * re-run finds the first run's export instead of making a second one. When the row insert fails because a row
     * with this id already exists, the object (the other run's) is kept.
     */
    public ExportedFile executeWithContent(ExportDocumentCommand command, ExportId id) {
        return export(command, id, true);
    }

    private ExportedFile export(ExportDocumentCommand command, ExportId id, boolean background) {
        long started = System.nanoTime();
        IDocumentRenderer renderer = renderers.get(command.format());
        if (renderer == null) {
            throw new InvalidOptionException("format", "format " + command.format().wireName() + " is not supported");
        }
        Generation generation = findGeneration(command);
        Template template = TemplateCatalog.require(command.template());
        TemplateOptions options = TemplateOptions.resolve(template, command.options(), command.format());
        DocumentContent original = ContentReader.read(generation);
        DocumentContent content = ContentAnonymizer.when(options.anonymize(), original);
        String filename = options.anonymize() ? ContentAnonymizer.scrub(original, command.filename())
                : command.filename();

        budget.checkContent(content);
        Supplier<RenderedDocument> render = () -> renderer.render(content, template, options);
        RenderedDocument rendered = background ? gate.await(render) : gate.admit(render);

        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> metadata = new LinkedHashMap<>(rendered.metadata());
        metadata.put("processing_time_seconds", Math.round((System.nanoTime() - started) / 1e6) / 1000.0);
        Export export = new Export(id, command.userId(), generation.id(), generation.documentType(), command.format(),
                template.id(), FileNames.forExport(filename, content, command.format()),
                Export.objectKeyFor(command.userId(), id, command.format()), rendered.bytes().length,
                rendered.pageCount(), options.toMap(), metadata, 0, createdAt.plus(retention), createdAt);
        store(export, rendered.bytes(), command.tier());
        return new ExportedFile(export, rendered.bytes());
    }

    private Generation findGeneration(ExportDocumentCommand command) {
        if (command.generationId() == null || command.generationId().isBlank()) {
            throw new InvalidOptionException("generation_id", "generation_id is required");
        }
        return GenerationId.parse(command.generationId()).flatMap(id -> generations.findByIdAndUser(id, command.userId()))
                .orElseThrow(GenerationNotFoundException::new);
    }

    /** Stores a file the application produced itself (a ZIP package) under the same rules. */
    void store(Export export, byte[] bytes, Tier tier) {
        // a failed row keeps the object when another run of the same job item stored that row
        objectThenRow.store(export.objectKey(), bytes, export.format().contentType(),
                () -> exports.saveWithinQuota(export, quota.limitFor(tier), clock.instant()), () -> rowExists(export));
    }

    private boolean rowExists(Export export) {
        try {
            return exports.findByIdAndUser(export.id(), export.userId()).isPresent();
        } catch (RuntimeException unreachable) {
            return false;
        }
    }
}
