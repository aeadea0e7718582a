package com.jobwise.export.domain.content.plaintext;

import com.jobwise.export.domain.content.EducationEntry;
import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.content.Header;
import com.jobwise.export.domain.content.ProjectEntry;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillCategory;
import com.jobwise.export.domain.content.SkillItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.jobwise.export.domain.content.plaintext.EducationReader.education;
import static com.jobwise.export.domain.content.plaintext.ExperienceReader.experience;
import static com.jobwise.export.domain.content.plaintext.HeaderReader.header;
import static com.jobwise.export.domain.content.plaintext.HeaderReader.headerLength;
import static com.jobwise.export.domain.content.plaintext.PlainTextLines.BULLET;
import static com.jobwise.export.domain.content.plaintext.PlainTextLines.paragraphs;
import static com.jobwise.export.domain.content.plaintext.ProjectReader.projects;
import static com.jobwise.export.domain.content.plaintext.SkillsReader.certification;
import static com.jobwise.export.domain.content.plaintext.SkillsReader.items;
import static com.jobwise.export.domain.content.plaintext.SkillsReader.language;
import static com.jobwise.export.domain.content.plaintext.SkillsReader.skills;

/**
 * Turns a plain-text generation ({@code content_text}) into a structured {@link ResumeContent}.
 *
 * <p>What it recognises:
 * <ul>
 *   <li>the header block before the first section heading: the first line as the name, the next
 *       plain line as the title, and contact lines whose items (split on {@code |}, {@code •} or
 *       {@code ·}) are sorted into email, phone, LinkedIn, GitHub, website and location;</li>
 *   <li>section headings in any case, with or without a trailing colon: summary, experience,
 *       education, skills, projects, certifications, languages, and any other short all-capitals line;</li>
 *   <li>bullets starting with {@code -}, {@code *}, {@code •}, {@code –}, {@code ▪} or a number;</li>
 *   <li>experience lines such as {@code Title, Company, Location (2019 – Present)}, education lines
 *       such as {@code B.S. Statistics, University of X (2012 – 2016)}, comma-separated skills
 *       (commas inside parentheses do not split) and {@code Label: a, b} skill categories.</li>
 * </ul>
 *
 * <p>Nothing is ever dropped: a line that fits no structure is kept as a paragraph of a
 * {@link Section.Text}. Pure Java, no dependencies, stateless and thread-safe.
 */
public final class PlainTextResumeParser {

    private enum Kind { SUMMARY, EXPERIENCE, EDUCATION, SKILLS, PROJECTS, CERTIFICATIONS, LANGUAGES, OTHER }

    private static final Map<String, Kind> HEADINGS = new LinkedHashMap<>();

    static {
        for (String h : List.of("professional summary", "summary", "profile", "professional profile", "about",
                "about me", "objective", "career objective", "career summary", "executive summary", "personal statement",
                "summary of qualifications")) {
            HEADINGS.put(h, Kind.SUMMARY);
        }
        for (String h : List.of("experience", "work experience", "professional experience", "employment",
                "employment history", "work history", "career history", "relevant experience", "experience summary")) {
            HEADINGS.put(h, Kind.EXPERIENCE);
        }
        for (String h : List.of("education", "education and training", "academic background", "academic history",
                "education & training")) {
            HEADINGS.put(h, Kind.EDUCATION);
        }
        for (String h : List.of("skills", "technical skills", "core competencies", "key skills", "competencies",
                "areas of expertise", "skills and abilities", "skills & abilities", "core skills", "expertise",
                "skills summary", "technologies", "tools and technologies", "tools & technologies")) {
            HEADINGS.put(h, Kind.SKILLS);
        }
        for (String h : List.of("projects", "personal projects", "selected projects", "key projects",
                "open source", "open-source projects", "side projects")) {
            HEADINGS.put(h, Kind.PROJECTS);
        }
        for (String h : List.of("certifications", "certification", "certificates", "licenses and certifications",
                "licenses & certifications", "certifications and licenses", "certifications & licenses")) {
            HEADINGS.put(h, Kind.CERTIFICATIONS);
        }
        for (String h : List.of("languages", "language skills", "language")) {
            HEADINGS.put(h, Kind.LANGUAGES);
        }
        for (String h : List.of("awards", "honors", "honours", "awards and honors", "achievements",
                "publications", "volunteer", "volunteering", "volunteer experience", "interests", "hobbies",
                "references", "activities", "leadership", "affiliations", "memberships", "additional information")) {
            HEADINGS.put(h, Kind.OTHER);
        }
    }

    private PlainTextResumeParser() {
    }

    /**
     * Parses {@code text}; never drops a non-blank line.
     *
     * @param text the generation's {@code content_text}; {@code null} gives an empty resume
     * @return the structured resume, sections in the order the text gives them
     */
    public static ResumeContent parse(String text) {
        List<String> lines = text == null ? List.of() : List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        int firstText = 0;
        while (firstText < lines.size() && lines.get(firstText).isBlank()) {
            firstText++;
        }
        int firstHeading = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (heading(lines.get(i), i > firstText && lines.get(i - 1).isBlank()) != null) {
                firstHeading = i;
                break;
            }
        }
        int headerEnd = Math.min(headerLength(lines), firstHeading < 0 ? lines.size() : firstHeading);
        List<String> unplaced = new ArrayList<>();
        Header header = header(lines.subList(0, headerEnd), unplaced);

        List<Section> sections = new ArrayList<>();
        if (!unplaced.isEmpty()) {
            sections.add(new Section.Text(null, unplaced));
        }
        String currentHeading = null;
        Kind currentKind = null;
        List<String> body = new ArrayList<>();
        for (int i = headerEnd; i < lines.size(); i++) {
            // text between the header block and the first heading is kept as untitled paragraphs
            String line = lines.get(i);
            Heading h = heading(line, i == firstHeading || i > firstText && lines.get(i - 1).isBlank());
            if (h != null) {
                flush(sections, currentKind, currentHeading, body);
                currentKind = h.kind();
                currentHeading = h.text();
                body = new ArrayList<>();
                if (h.rest() != null) {
                    body.add(h.rest());
                }
            } else {
                body.add(line);
            }
        }
        flush(sections, currentKind, currentHeading, body);
        return new ResumeContent(header, sections, Map.of());
    }

    // ---------------------------------------------------------------- headings

    private record Heading(Kind kind, String text, String rest) {
    }

    /**
     * A known heading in any case (optionally followed by a colon and inline content), or, where
     * {@code mayBeUnknown} (after a blank line, never the document's first line, which is the
     * name), an unknown short line in capitals.
     */
    private static Heading heading(String raw, boolean mayBeUnknown) {
        String line = raw.strip().replaceAll("^[#=*_\\s]+|[#=*_\\s]+$", "");
        if (line.isEmpty() || BULLET.matcher(raw).matches()) {
            return null;
        }
        String bare = line.endsWith(":") ? line.substring(0, line.length() - 1).strip() : line;
        Kind kind = HEADINGS.get(bare.toLowerCase(Locale.ROOT));
        if (kind != null) {
            return new Heading(kind, bare, null);
        }
        int colon = line.indexOf(':');
        if (colon > 0 && colon < line.length() - 1) {
            String label = line.substring(0, colon).strip();
            Kind inline = HEADINGS.get(label.toLowerCase(Locale.ROOT));
            if (inline != null && inline != Kind.OTHER && label.equals(label.toUpperCase(Locale.ROOT))) {
                return new Heading(inline, label, line.substring(colon + 1).strip());
            }
        }
        if (mayBeUnknown && bare.length() <= 40 && bare.equals(bare.toUpperCase(Locale.ROOT))
                && bare.chars().anyMatch(Character::isLetter) && bare.chars().noneMatch(Character::isDigit)
                && bare.split("\\s+").length <= 5 && bare.matches("[\\p{L}&/'’ -]+")) {
            return new Heading(Kind.OTHER, bare, null);
        }
        return null;
    }

    private static String humanHeading(String heading) {
        if (heading == null || !heading.equals(heading.toUpperCase(Locale.ROOT))) {
            return heading;
        }
        StringBuilder out = new StringBuilder();
        for (String word : heading.toLowerCase(Locale.ROOT).split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean minor = Set.of("and", "of", "the", "in", "for", "&").contains(word) && !out.isEmpty();
            out.append(minor || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- sections

    private static void flush(List<Section> sections, Kind kind, String heading, List<String> body) {
        List<String> lines = body.stream().map(String::strip).toList();
        if (lines.stream().allMatch(String::isEmpty)) {
            if (kind == Kind.OTHER) {
                sections.add(new Section.Text(humanHeading(heading), List.of()));
            }
            return;
        }
        if (kind == null) {
            sections.add(new Section.Text(null, paragraphs(lines)));
            return;
        }
        switch (kind) {
            case SUMMARY -> sections.add(new Section.Summary(String.join("\n\n", paragraphs(lines))));
            case EXPERIENCE -> experience(lines, sections);
            case EDUCATION -> education(lines, sections);
            case PROJECTS -> projects(lines, sections);
            case SKILLS -> sections.add(new Section.Skills(skills(lines)));
            case LANGUAGES -> sections.add(new Section.Skills(List.of(new SkillCategory(humanHeading(heading),
                    items(lines).stream().map(SkillsReader::language).toList()))));
            case CERTIFICATIONS -> sections.add(new Section.Skills(List.of(new SkillCategory(humanHeading(heading),
                    lines.stream().filter(l -> !l.isEmpty()).map(SkillsReader::certification).toList()))));
            case OTHER -> sections.add(new Section.Text(humanHeading(heading), paragraphs(lines)));
        }
    }

}
