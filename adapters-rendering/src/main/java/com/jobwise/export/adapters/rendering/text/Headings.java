package com.jobwise.export.adapters.rendering.text;

import com.jobwise.export.domain.content.Section;

import java.util.List;

/**
 * The one heading table of every rendered format: which heading a structured section gets (the
 * standard words an ATS looks for), in the document's language. A free-text section keeps the
 * heading its author wrote. Stateless.
 */
public final class Headings {
    /** The word-list keys of the standard headings, in the order a resume usually shows them. */
    public static final List<String> STANDARD_KEYS = List.of("heading.summary", "heading.skills",
            "heading.experience", "heading.projects", "heading.education");

    private Headings() {
    }

    /** The word-list key of {@code section}'s heading, or {@code null} for a free-text section. */
    public static String key(Section section) {
        return switch (section) {
            case Section.Summary s -> "heading.summary";
            case Section.Skills s -> "heading.skills";
            case Section.Experience s -> "heading.experience";
            case Section.Projects s -> "heading.projects";
            case Section.Education s -> "heading.education";
            case Section.Text s -> null;
        };
    }

    /**
     * The heading {@code section} shows in {@code wording}'s language: the standard heading of a
     * structured section, the author's own (line breaks folded, trimmed; {@code null} when blank)
     * for a free-text one.
     */
    public static String of(Section section, Wording wording) {
        String key = key(section);
        return key == null ? Wording.flat(((Section.Text) section).heading()) : wording.word(key);
    }

    /** The standard headings in {@code wording}'s language. */
    public static List<String> standard(Wording wording) {
        return STANDARD_KEYS.stream().map(wording::word).toList();
    }

    /** The heading over the contact details of a sidebar: {@code Contact}. */
    public static String contact(Wording wording) {
        return wording.word("heading.contact");
    }
}
