package com.jobwise.export.domain.content;

import java.util.List;

/** An entry of the {@code education} section; {@code gpa} may be {@code null}. */
public record EducationEntry(
        String id,
        String degree,
        String fieldOfStudy,
        String institution,
        String startDate,
        String endDate,
        Double gpa,
        List<String> honors) {

    public EducationEntry {
        honors = honors == null ? List.of() : List.copyOf(honors);
    }
}
