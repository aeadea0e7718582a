package com.jobwise.export.domain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a plain-text generation ({@code content_text}) into a {@link ResumeContent}.
 * This first version keeps the first line as the name and every paragraph as text, so nothing is
 * lost; section recognition comes with the templates issue.
 */
public final class PlainTextResumeParser {
    private PlainTextResumeParser() {
    }

    /** Parses {@code text}; never drops a non-blank line. */
    public static ResumeContent parse(String text) {
        String[] lines = text == null ? new String[0] : text.strip().split("\\R");
        String name = lines.length > 0 ? lines[0].strip() : null;
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                paragraphs.add(lines[i].strip());
            }
        }
        Header header = new Header(name, null, null, null, null, null, null, null);
        return new ResumeContent(header, List.of(new Section.Text(null, paragraphs)), Map.of());
    }
}
