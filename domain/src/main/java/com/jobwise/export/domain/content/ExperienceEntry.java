package com.jobwise.export.domain.content;

import java.util.List;

/** A position of the {@code experience} section; dates are the generation's strings (e.g. {@code 2021-03}). */
public record ExperienceEntry(
        String id,
        String title,
        String company,
        String location,
        String startDate,
        String endDate,
        boolean isCurrent,
        String description,
        List<String> bullets,
        List<String> achievements) {

    public ExperienceEntry {
        bullets = bullets == null ? List.of() : List.copyOf(bullets);
        achievements = achievements == null ? List.of() : List.copyOf(achievements);
    }
}
