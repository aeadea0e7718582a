package com.jobwise.export.application.job;

import com.jobwise.export.domain.job.ExportJob;
import com.jobwise.export.domain.job.IGenerationSearch;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.error.InvalidOptionException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Queues a job over the user's generations chosen by date range and document type (issue 12, spec
 * {@code export-jobs.md} "Bulk Export"), oldest first, at most {@code max_items} (≤ 100). The job then behaves
 * exactly like one created with explicit ids ({@link CreateExportJob}), and records its filters.
 *
 * <p>Errors: {@code InvalidOptionException} (422: a malformed date, {@code date_from} after {@code date_to}, an
 * unknown document type, {@code max_items} out of 1-100, or no generation matching), plus those of
 * {@link CreateExportJob}.
 */
public final class CreateBulkExportJob {
    private final IGenerationSearch search;
    private final CreateExportJob createJob;

    public CreateBulkExportJob(IGenerationSearch search, CreateExportJob createJob) {
        this.search = search;
        this.createJob = createJob;
    }

    public CreatedJob execute(CreateBulkExportJobCommand command) {
        int maxItems = command.maxItems() == null ? ExportJob.MAX_ITEMS : command.maxItems();
        if (maxItems < 1 || maxItems > ExportJob.MAX_ITEMS) {
            throw new InvalidOptionException("max_items", "max_items must be between 1 and " + ExportJob.MAX_ITEMS);
        }
        LocalDate from = date("date_from", command.dateFrom());
        LocalDate to = date("date_to", command.dateTo());
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidOptionException("date_from", "date_from must not be after date_to");
        }
        Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
        for (String type : command.documentTypes()) {
            types.add(DocumentType.fromWireName(type).filter(t -> t != DocumentType.ZIP).orElseThrow(() ->
                    new InvalidOptionException("document_types", "document_types may hold resume and cover_letter")));
        }
        Instant fromInstant = from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant toExclusive = to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<String> ids = search.findIds(command.userId(), fromInstant, toExclusive, types, maxItems);
        if (ids.isEmpty()) {
            throw new InvalidOptionException("filters", "No generation matches the filters");
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("date_from", from == null ? null : from.toString());
        filters.put("date_to", to == null ? null : to.toString());
        filters.put("document_types", new ArrayList<>(types.stream().map(DocumentType::wireName).toList()));
        filters.put("max_items", maxItems);
        return createJob.execute(new CreateExportJobCommand(command.userId(), command.tier(), ids, command.format(),
                command.template(), command.options(), command.createZip(), command.webhookUrl()), filters);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidOptionException(field, field + " must be a date as yyyy-MM-dd");
        }
    }
}
