package com.jobwise.export.application.export;

import com.jobwise.export.domain.export.Export;
import com.jobwise.export.domain.export.ExportId;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a batch: one result per item in request order, and the ZIP export when one was
 * asked for and at least one item succeeded ({@code null} otherwise).
 */
public record BatchResult(ExportId batchId, List<Item> items, Export zip, Instant createdAt) {

    /** Items that produced a file. */
    public long successful() {
        return items.stream().filter(Item::completed).count();
    }

    /** Items that failed. */
    public long failed() {
        return items.size() - successful();
    }

    /**
     * One item's outcome: its export, or the reason it failed ({@code detail}, the message a single
     * export would have answered).
     */
    public record Item(int index, String generationId, Export export, String detail) {
        public boolean completed() {
            return export != null;
        }
    }
}
