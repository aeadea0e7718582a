package com.jobwise.export.domain.job;

import java.util.List;

/** A page of a user's jobs, newest first, and the total matching the filter. */
public record JobPage(List<ExportJob> items, long total) {
    public JobPage {
        items = List.copyOf(items);
    }
}
