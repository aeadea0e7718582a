package com.jobwise.export.application.export;

import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.export.StorageQuota;
import com.jobwise.export.domain.export.ExportPage;
import com.jobwise.export.domain.export.ExportQuery;
import com.jobwise.export.domain.export.IExportRepository;

import java.time.Clock;

/**
 * Lists a user's exports, newest first, with the spec's filters, pagination and storage figures.
 * Bad filters or paging answer {@code InvalidOptionException} (422) naming the parameter.
 */
public final class ListExports {
    private final IExportRepository exports;
    private final StorageQuota quota;
    private final Clock clock;

    public ListExports(IExportRepository exports, StorageQuota quota, Clock clock) {
        this.exports = exports;
        this.quota = quota;
        this.clock = clock;
    }

    public ExportList execute(ListExportsQuery query) {
        if (query.limit() < 1 || query.limit() > 100) {
            throw new InvalidOptionException("limit", "limit must be between 1 and 100");
        }
        if (query.offset() < 0) {
            throw new InvalidOptionException("offset", "offset must be 0 or more");
        }
        ExportFormat format = query.format() == null ? null : ExportFormat.fromWireName(query.format())
                .filter(f -> f != ExportFormat.PNG)
                .orElseThrow(() -> new InvalidOptionException("format", "format must be one of: pdf, docx, json-resume, txt, md, html, json, csv, tex, zip"));
        DocumentType type = query.documentType() == null ? null : DocumentType.fromWireName(query.documentType())
                .orElseThrow(() -> new InvalidOptionException("document_type",
                        "document_type must be one of: resume, cover_letter, zip"));
        ExportPage page = exports.findByUser(query.userId(),
                new ExportQuery(format, type, query.template(), query.limit(), query.offset()));
        long used = exports.totalSizeBytes(query.userId(), clock.instant());
        return new ExportList(page.items(), page.total(), query.limit(), query.offset(), used,
                quota.limitFor(query.tier()));
    }
}
