package com.jobwise.export.domain.export;


import java.util.List;

/** A page of exports and the total number matching the query. */
public record ExportPage(List<Export> items, long total) {
    public ExportPage {
        items = List.copyOf(items);
    }
}
