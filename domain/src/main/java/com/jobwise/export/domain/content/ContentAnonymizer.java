package com.jobwise.export.domain.content;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blind-screening copy of a resume or cover letter (option {@code anonymize}).
 *
 * <p>Removed: the header's e-mail, phone, location, LinkedIn, GitHub and website, each experience
 * entry's location and each project's URL (the content model holds no photo). The name becomes its
 * initials, every hyphenated part kept: {@code Jordan Alvarez-Nguyen} → {@code J. A.-N.}; a cover
 * letter's signature becomes the same initials. Everything else is kept, but every text is also
 * scrubbed: any occurrence of the removed values (URLs also without scheme or {@code www.}) is
 * deleted (the header's contact values and project URLs, not entry locations) and the full name and each part of it of three or more letters (whole words) are replaced
 * by initials. A cover letter's recipient is the employer's and stays, scrubbed like every text (its
 * address loses the candidate's city when they are the same string).
 */
public final class ContentAnonymizer {
    private final String initials;
    private final List<String> removed;
    private final List<Map.Entry<Pattern, String>> names;

    private ContentAnonymizer(DocumentContent original) {
        Header h = original.header();
        this.initials = initials(h.name());
        Set<String> values = new LinkedHashSet<>();
        for (String v : List.of(nz(h.email()), nz(h.phone()), nz(h.location()), nz(h.linkedin()), nz(h.github()),
                nz(h.website()))) {
            addWithVariants(values, v);
        }
        if (original instanceof ResumeContent resume) {
            for (Section s : resume.sections()) {
                if (s instanceof Section.Projects p) {
                    p.entries().forEach(e -> addWithVariants(values, nz(e.url())));
                }
            }
        }
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.removed = sorted;
        this.names = new ArrayList<>();
        String name = nz(h.name()).trim();
        if (!name.isEmpty()) {
            names.add(Map.entry(Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE), initials));
            for (String part : name.split("\\s+")) {
                for (String piece : alternatives(part)) {
                    if (piece.codePointCount(0, piece.length()) >= 3) {
                        names.add(Map.entry(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(piece)
                                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                                initials(piece)));
                    }
                }
            }
        }
    }

    /** {@code content} as the export option {@code anonymize} asks: its anonymised copy when true, else itself. */
    public static DocumentContent when(boolean anonymize, DocumentContent content) {
        return anonymize ? anonymize(content) : content;
    }

    /** The anonymised copy of {@code content}. */
    public static DocumentContent anonymize(DocumentContent content) {
        return new ContentAnonymizer(content).apply(content);
    }

    /**
     * {@code text} (e.g. a requested file name) with the removed values of {@code original} deleted
     * and its name replaced by initials; {@code null} stays {@code null}.
     */
    public static String scrub(DocumentContent original, String text) {
        return new ContentAnonymizer(original).text(text);
    }

    /**
     * Initials of a name: the first letter of every word and of every hyphenated part, each followed
     * by a dot ({@code Jordan Alvarez-Nguyen} → {@code J. A.-N.}); {@code null} for a name with no letter.
     */
    public static String initials(String name) {
        if (name == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String word : name.trim().split("\\s+")) {
            List<String> parts = new ArrayList<>();
            for (String part : word.split("-")) {
                int letter = firstLetter(part);
                if (letter >= 0) {
                    parts.add(new String(Character.toChars(Character.toUpperCase(letter))) + ".");
                }
            }
            if (!parts.isEmpty()) {
                words.add(String.join("-", parts));
            }
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    private DocumentContent apply(DocumentContent content) {
        Header h = content.header();
        Header header = new Header(initials, text(h.title()), null, null, null, null, null, null);
        return switch (content) {
            case ResumeContent r -> new ResumeContent(header, r.sections().stream().map(this::section).toList(),
                    metadata(r.metadata()));
            case CoverLetterContent c -> new CoverLetterContent(header, letter(c.letter()), metadata(c.metadata()));
        };
    }

    private Letter letter(Letter l) {
        if (l == null) {
            return null;
        }
        String signature = l.signature() == null ? null : (initials != null ? initials : text(l.signature()));
        Letter.Recipient r = l.recipient();
        Letter.Recipient recipient = r == null ? null
                : new Letter.Recipient(text(r.name()), text(r.title()), text(r.company()), text(r.address()));
        return new Letter(text(l.date()), recipient, text(l.subject()), text(l.greeting()), texts(l.paragraphs()),
                text(l.closing()), signature);
    }

    private Section section(Section section) {
        return switch (section) {
            case Section.Summary s -> new Section.Summary(text(s.content()));
            case Section.Skills s -> new Section.Skills(s.categories().stream().map(c -> new SkillCategory(
                    text(c.name()), c.items().stream().map(this::item).toList())).toList());
            case Section.Experience s -> new Section.Experience(s.entries().stream().map(e -> new ExperienceEntry(
                    e.id(), text(e.title()), text(e.company()), null, e.startDate(), e.endDate(), e.isCurrent(),
                    text(e.description()), texts(e.bullets()), texts(e.achievements()))).toList());
            case Section.Projects s -> new Section.Projects(s.entries().stream().map(e -> new ProjectEntry(
                    e.id(), text(e.name()), text(e.description()), texts(e.technologies()), null, e.startDate(),
                    e.endDate())).toList());
            case Section.Education s -> new Section.Education(s.entries().stream().map(e -> new EducationEntry(
                    e.id(), text(e.degree()), text(e.fieldOfStudy()), text(e.institution()), e.startDate(),
                    e.endDate(), e.gpa(), texts(e.honors()))).toList());
            case Section.Text s -> new Section.Text(text(s.heading()), texts(s.paragraphs()));
        };
    }

    private SkillItem item(SkillItem item) {
        return switch (item) {
            case SkillItem.Plain p -> new SkillItem.Plain(text(p.name()));
            case SkillItem.Language l -> new SkillItem.Language(text(l.name()), text(l.proficiency()));
            case SkillItem.Certification c -> new SkillItem.Certification(text(c.name()), text(c.issuer()),
                    c.dateObtained(), c.expiryDate(), c.credentialId());
        };
    }

    private Map<String, Object> metadata(Map<String, Object> metadata) {
        Map<String, Object> copy = new LinkedHashMap<>();
        metadata.forEach((k, v) -> copy.put(k, v instanceof String s ? text(s) : v));
        return copy;
    }

    private List<String> texts(List<String> texts) {
        return texts.stream().map(this::text).toList();
    }

    private String text(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String value : removed) {
            result = replaceIgnoreCase(result, value, "");
        }
        for (Map.Entry<Pattern, String> name : names) {
            result = name.getKey().matcher(result).replaceAll(Matcher.quoteReplacement(name.getValue()));
        }
        return result;
    }

    private static String replaceIgnoreCase(String text, String value, String replacement) {
        return Pattern.compile(Pattern.quote(value), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }

    private static void addWithVariants(Set<String> values, String value) {
        String v = value.trim();
        if (v.length() < 3) {
            return;
        }
        values.add(v);
        String bare = v.replaceFirst("(?i)^(https?://|mailto:)", "");
        values.add(bare);
        String noWww = bare.replaceFirst("(?i)^www\\.", "");
        values.add(noWww);
        if (noWww.endsWith("/")) {
            values.add(noWww.substring(0, noWww.length() - 1));
        }
        values.removeIf(s -> s.length() < 3);
    }

    /** A name part and, when hyphenated, each of its pieces. */
    private static List<String> alternatives(String part) {
        List<String> list = new ArrayList<>();
        list.add(part);
        if (part.contains("-")) {
            list.addAll(List.of(part.split("-")));
        }
        return list;
    }

    private static int firstLetter(String s) {
        return s.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
