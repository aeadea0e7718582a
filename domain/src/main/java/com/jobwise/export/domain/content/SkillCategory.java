package com.jobwise.export.domain.content;

import java.util.List;

/** A named group of skills: plain strings, languages or certifications (the spec's {@code categories}). */
public record SkillCategory(String name, List<SkillItem> items) {
    public SkillCategory {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
