package com.jobwise.export.adapters.rendering.ats;

import com.jobwise.export.adapters.rendering.text.SectionStrings;
import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.Header;
import com.jobwise.export.domain.content.Letter;
import com.jobwise.export.domain.content.ProjectEntry;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The strings a reader must find in a rendered document, grouped by block (header, then one group
 * per section or letter part) in content order. Only user content counts: dates (which templates
 * reword), URLs (shown without their scheme) and headings are checked separately or not at all.
 */
final class ExpectedText {
    /** Standard headings the templates print for the structured section types. */
    static final List<String> STANDARD_HEADINGS = List.of("Professional Summary", "Skills", "Experience",
            "Projects", "Education");

    private ExpectedText() {
    }

    /** Groups of strings, each group in reading order. */
    static List<List<String>> groups(DocumentContent content) {
        List<List<String>> groups = new ArrayList<>();
        Header h = content.header();
        groups.add(strings(h.name(), h.title(), h.email(), h.phone(), h.location()));
        switch (content) {
            case ResumeContent resume -> {
                for (Section s : resume.sections()) {
                    groups.add(section(s));
                }
            }
            case CoverLetterContent letter -> {
                Letter l = letter.letter();
                if (l.recipient() != null) {
                    groups.add(strings(l.recipient().name(), l.recipient().title(), l.recipient().company()));
                }
                List<String> body = new ArrayList<>(strings(l.subject(), l.greeting()));
                body.addAll(strings(l.paragraphs().toArray(String[]::new)));
                body.addAll(strings(l.closing(), l.signature()));
                groups.add(body);
            }
        }
        groups.removeIf(List::isEmpty);
        return groups;
    }

    /**
     * Text the templates print beside the content strings that may contain them: the header's links
     * the projects' URLs (a repository named like its project, for one) and a letter's recipient
     * address (which may name the sender's city).
     */
    static List<String> extras(DocumentContent content) {
        Header h = content.header();
        List<String> out = new ArrayList<>(strings(h.linkedin(), h.github(), h.website()));
        if (content instanceof ResumeContent resume) {
            for (Section s : resume.sections()) {
                if (s instanceof Section.Projects projects) {
                    for (ProjectEntry p : projects.entries()) {
                        out.addAll(strings(p.url()));
                    }
                }
            }
        }
        if (content instanceof CoverLetterContent letter && letter.letter().recipient() != null) {
            out.addAll(strings(letter.letter().recipient().address()));
        }
        return out;
    }

    /** The standard headings a resume's structured sections should show; empty for a cover letter. */
    static List<String> headings(DocumentContent content) {
        List<String> headings = new ArrayList<>();
        if (content instanceof ResumeContent resume) {
            for (Section s : resume.sections()) {
                String heading = switch (s) {
                    case Section.Summary sum -> sum.content() == null || sum.content().isBlank() ? null : "Professional Summary";
                    case Section.Skills sk -> sk.categories().isEmpty() ? null : "Skills";
                    case Section.Experience e -> e.entries().isEmpty() ? null : "Experience";
                    case Section.Projects p -> p.entries().isEmpty() ? null : "Projects";
                    case Section.Education ed -> ed.entries().isEmpty() ? null : "Education";
                    case Section.Text t -> null;
                };
                if (heading != null && !headings.contains(heading)) {
                    headings.add(heading);
                }
            }
        }
        return headings;
    }

    private static List<String> section(Section section) {
        return strings(SectionStrings.of(section, false).toArray(String[]::new));
    }

    private static List<String> strings(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String k = key(v);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    /** The comparison key of a text: NFC-normalised with every whitespace character removed. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            // per char: no supplementary code point is whitespace or a control, so surrogates are kept
            boolean dropped = Character.isWhitespace(c) || c == 0xA0 || c == 0xAD || Character.isISOControl(c);
            if (dropped && out == null) {
                out = new StringBuilder(n.length()).append(n, 0, i);
            } else if (!dropped && out != null) {
                out.append(c);
            }
        }
        return out == null ? n : out.toString();
    }
}
