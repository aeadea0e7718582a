package com.jobwise.export.domain.content;

import java.util.List;

/** An entry of the {@code projects} section. */
public record ProjectEntry(
        String id,
        String name,
        String description,
        List<String> technologies,
        String url,
        String startDate,
        String endDate) {

    public ProjectEntry {
        technologies = technologies == null ? List.of() : List.copyOf(technologies);
    }
}
