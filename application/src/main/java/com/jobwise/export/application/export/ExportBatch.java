package com.jobwise.export.application.export;

import com.jobwise.export.domain.common.Digests;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.error.ExportException;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.export.ExportId;
import com.jobwise.export.domain.export.FileNames;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.common.JsonText;
import com.jobwise.export.domain.error.StorageUnavailableException;
import com.jobwise.export.domain.error.ServiceBusyException;
import com.jobwise.export.domain.account.Tier;
import com.jobwise.export.domain.account.UserId;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Exports several generations at once (spec: "Batch Export", at most 10 items). Items fail
 * independently: a failed item carries the message a single export would have answered, the others
 * complete. With {@code create_zip}, the successful files go into one ZIP export
 * ({@code document_type} and {@code format} {@code zip}) under sanitized, de-duplicated names, with a
 * {@code manifest.json} listing item, source generation, format, template, size and SHA-256.
 * The ZIP row's {@code generation_id} is the first successful item's generation.
 *
 * <p>Errors: {@code InvalidOptionException} (422) for an empty batch or more than 10 items;
 * {@code StorageUnavailableException} (503) when the object store or the database is down before any item is
 * stored (the batch is retryable as a whole); {@code ServiceBusyException} (503) when its first item finds no
 * rendering slot and the queue full (nothing is done; the later items wait for a slot rather than failing). An
 * outage after some items were stored leaves those, marks the item that met it and every later one failed without
 * trying them, and stores no ZIP. A failure to store the ZIP
 * itself (quota, storage) propagates, the item exports stay.
 */
public final class ExportBatch {
    /** Most items one batch may hold (spec). */
    public static final int MAX_ITEMS = 10;
    static final String DEFAULT_ZIP_NAME = "Application_Package";

    private final ExportDocument exportDocument;
    private final Clock clock;
    private final Duration retention;

    public ExportBatch(ExportDocument exportDocument, Clock clock, Duration retention) {
        this.exportDocument = exportDocument;
        this.clock = clock;
        this.retention = retention;
    }

    public BatchResult execute(ExportBatchCommand command) {
        if (command.items().isEmpty() || command.items().size() > MAX_ITEMS) {
            throw new InvalidOptionException("exports", "exports must hold between 1 and " + MAX_ITEMS + " items");
        }
        List<BatchResult.Item> results = new ArrayList<>();
        List<ExportedFile> files = new ArrayList<>();
        StorageUnavailableException outage = null;
        for (int i = 0; i < command.items().size(); i++) {
            BatchItem item = command.items().get(i);
            if (outage != null) {
                results.add(new BatchResult.Item(i, item.generationId(), null, outage.clientDetail()));
                continue;
            }
            try {
                ExportDocumentCommand itemCommand = new ExportDocumentCommand(command.userId(), command.tier(),
                        item.generationId(), format(item.format()), item.template(), item.options(), item.filename());
                // the first item is admitted like any request (a refusal refuses the whole batch: nothing is done
                // yet); the batch then owns its place and its other items wait for a slot instead of failing
                ExportedFile file = i == 0 ? exportDocument.executeWithContent(itemCommand)
                        : exportDocument.executeWithContent(itemCommand, ExportId.newId());
                files.add(file);
                results.add(new BatchResult.Item(i, item.generationId(), file.export(), null));
            } catch (ServiceBusyException e) {
                throw e; // only the first item can be refused: nothing is done yet, the whole batch is retryable
            } catch (StorageUnavailableException e) {
                if (files.isEmpty()) {
                    throw e; // nothing done yet: the whole batch is retryable (503), not a list of failures
                }
                outage = e;
                results.add(new BatchResult.Item(i, item.generationId(), null, e.clientDetail()));
            } catch (ExportException e) {
                results.add(new BatchResult.Item(i, item.generationId(), null, e.getMessage()));
            }
        }
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ExportId batchId = ExportId.newId();
        Export zip = command.createZip() && !files.isEmpty() && outage == null
                ? storeZip(command, batchId, files, createdAt) : null;
        return new BatchResult(batchId, results, zip, createdAt);
    }

    /** Formats a batch item may ask for: every export format but the ZIP package and the PNG preview. */
    static final String ITEM_FORMATS = "pdf, docx, json-resume, txt, md, html, json, csv or tex";

    private static ExportFormat format(String format) {
        if (format == null) {
            throw new InvalidOptionException("format", "format is required: " + ITEM_FORMATS);
        }
        return ExportFormat.fromWireName(format.strip())
                .filter(f -> f != ExportFormat.ZIP && f != ExportFormat.PNG)
                .orElseThrow(() -> new InvalidOptionException("format", "format must be " + ITEM_FORMATS));
    }

    private Export storeZip(ExportBatchCommand command, ExportId batchId, List<ExportedFile> files, Instant createdAt) {
        return storePackage(command.userId(), command.tier(), ExportId.newId(), batchId, files, command.zipFilename(),
                createdAt);
    }

    /**
     * Packages {@code files} (with {@code manifest.json}) as one ZIP export with id {@code id}, stored under the
     * same rules as any export (quota, object before row). Export jobs call it with an id derived from the job.
     *
     * @param zipFilename the package's file name; {@code null} for {@code Application_Package.zip}
     */
    public Export storePackage(UserId userId, Tier tier, ExportId id, ExportId batchId, List<ExportedFile> files,
                               String zipFilename, Instant createdAt) {
        byte[] zip = zip(batchId, files, createdAt);
        Export first = files.getFirst().export();
        boolean oneTemplate = files.stream().allMatch(f -> f.export().template().equals(first.template()));
        Export export = new Export(id, userId, first.generationId(), DocumentType.ZIP, ExportFormat.ZIP,
                oneTemplate ? first.template() : "mixed",
                FileNames.sanitize(zipFilename, DEFAULT_ZIP_NAME, ExportFormat.ZIP),
                Export.objectKeyFor(userId, id, ExportFormat.ZIP), zip.length, null, Map.of(),
                Map.of("batch_id", batchId.toString(), "file_count", files.size()), 0, createdAt.plus(retention),
                createdAt);
        exportDocument.store(export, zip, tier);
        return export;
    }

    /** The package: every file under a unique safe name, then {@code manifest.json}. */
    static byte[] zip(ExportId batchId, List<ExportedFile> files, Instant createdAt) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        List<Object> manifestFiles = new ArrayList<>();
        Set<String> taken = new HashSet<>(Set.of("manifest.json"));
        try (ZipOutputStream out = new ZipOutputStream(buffer, StandardCharsets.UTF_8)) {
            int item = 0;
            for (ExportedFile file : files) {
                Export e = file.export();
                String name = unique(e.filename(), taken);
                ZipEntry entry = new ZipEntry(name);
                entry.setTime(createdAt.toEpochMilli());
                out.putNextEntry(entry);
                out.write(file.bytes());
                out.closeEntry();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("item", item++);
                m.put("file", name);
                m.put("export_id", e.id().toString());
                m.put("source_generation_id", e.generationId());
                m.put("document_type", e.documentType().wireName());
                m.put("format", e.format().wireName());
                m.put("template", e.template());
                m.put("size_bytes", file.bytes().length);
                m.put("sha256", sha256(file.bytes()));
                manifestFiles.add(m);
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("batch_id", batchId.toString());
            manifest.put("created_at", createdAt.toString());
            manifest.put("files", manifestFiles);
            ZipEntry entry = new ZipEntry("manifest.json");
            entry.setTime(createdAt.toEpochMilli());
            out.putNextEntry(entry);
            out.write(JsonText.write(manifest).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + "_" + n + extension;
        }
        return candidate;
    }

    static String sha256(byte[] bytes) {
        return Digests.sha256Hex(bytes);
    }
}
