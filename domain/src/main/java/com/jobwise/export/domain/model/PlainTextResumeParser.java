package com.jobwise.export.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Set<String> PROFICIENCIES = Set.of("native", "fluent", "bilingual", "conversational",
            "basic", "intermediate", "advanced", "professional", "elementary", "proficient", "beginner", "working",
            "limited working", "professional working", "full professional", "native or bilingual", "mother tongue",
            "a1", "a2", "b1", "b2", "c1", "c2");

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•‣▪◦·–—]|\\d{1,2}[.)])\\s+(.*)$");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@|<>()]+@[^\\s@|<>()]+\\.[^\\s@|<>()]+");
    private static final Pattern PHONE = Pattern.compile("^\\+?[\\d\\s().\\-/]{7,}$");
    private static final Pattern URL = Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?[a-z0-9.-]+\\.[a-z]{2,}(?:/\\S*)?$");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String DATE = "(?:(?:" + MONTH + "\\s+)?(?:\\d{1,2}[/.])?\\d{4}|\\d{4}-\\d{2})";
    private static final String OPEN = "(?:present|current|now|today|ongoing)";
    private static final String SEP = "\\s*(?:–|—|-|to|until)\\s*";
    /** {@code (2019 – Present)} or {@code (2019)} at the end of a line. */
    private static final Pattern DATES_IN_PARENS = Pattern.compile(
            "(?i)^(.*?)\\s*\\(\\s*(" + DATE + ")(?:" + SEP + "(" + DATE + "|" + OPEN + "))?\\s*\\)\\s*$");
    /** {@code , 2019 – 2021} or {@code | Jan 2019} after a separator at the end of a line. */
    private static final Pattern DATES_AFTER_SEPARATOR = Pattern.compile(
            "(?i)^(.*?)\\s*[,|–—]\\s*(" + DATE + ")(?:" + SEP + "(" + DATE + "|" + OPEN + "))?\\s*$");
    /** {@code Jan 2019 - Present} after a space: a full range only, so a sentence ending in a year is no entry. */
    private static final Pattern RANGE_AFTER_SPACE = Pattern.compile(
            "(?i)^(.*?)\\s+(" + DATE + ")" + SEP + "(" + DATE + "|" + OPEN + ")\\s*$");
    private static final Pattern GPA = Pattern.compile("(?i)\\bGPA\\s*[:=]?\\s*(\\d(?:\\.\\d{1,2})?)(?:\\s*/\\s*\\d(?:\\.\\d+)?)?");
    private static final Pattern LABELLED = Pattern.compile("^([^:,]{2,40}):\\s*(.+)$");
    private static final Pattern INSTITUTION = Pattern.compile("(?i)univers|college|institut|school|academ|polytechn|hochschule|école|ecole");

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

    // ---------------------------------------------------------------- header

    /** The header is the leading block of lines up to the first blank line (at most 6 lines). */
    private static int headerLength(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        int start = i;
        while (i < lines.size() && !lines.get(i).isBlank() && i - start < 6) {
            i++;
        }
        return i;
    }

    private static Header header(List<String> lines, List<String> unplaced) {
        String name = null;
        String title = null;
        String email = null;
        String phone = null;
        String location = null;
        String linkedin = null;
        String github = null;
        String website = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean contact = EMAIL.matcher(line).find() || line.contains("|") || line.contains(" • ")
                    || line.contains(" · ") || PHONE.matcher(line).matches() || looksLikeUrl(line);
            if (!contact && name == null && line.length() <= 60 && line.split("\\s+").length <= 6) {
                name = line;
                continue;
            }
            if (!contact && title == null && name != null && line.length() <= 90) {
                title = line;
                continue;
            }
            if (!contact) {
                unplaced.add(line);
                continue;
            }
            for (String part : line.split("\\s*(?:\\||•|·)\\s*")) {
                String item = part.strip();
                if (item.isEmpty()) {
                    continue;
                }
                String lower = item.toLowerCase(Locale.ROOT);
                if (email == null && EMAIL.matcher(item).matches()) {
                    email = item;
                } else if (linkedin == null && lower.contains("linkedin.")) {
                    linkedin = item;
                } else if (github == null && lower.contains("github.")) {
                    github = item;
                } else if (phone == null && PHONE.matcher(item).matches() && digits(item) >= 7) {
                    phone = item;
                } else if (website == null && looksLikeUrl(item)) {
                    website = item;
                } else if (location == null && !EMAIL.matcher(item).find() && digits(item) < 7) {
                    location = item;
                } else {
                    unplaced.add(item);
                }
            }
        }
        return new Header(name, title, email, phone, location, linkedin, github, website);
    }

    private static boolean looksLikeUrl(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return !s.contains(" ") && URL.matcher(s).matches()
                && (lower.startsWith("http") || lower.startsWith("www.") || lower.contains("/"));
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
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
                    items(lines).stream().map(PlainTextResumeParser::language).toList()))));
            case CERTIFICATIONS -> sections.add(new Section.Skills(List.of(new SkillCategory(humanHeading(heading),
                    lines.stream().filter(l -> !l.isEmpty()).map(PlainTextResumeParser::certification).toList()))));
            case OTHER -> sections.add(new Section.Text(humanHeading(heading), paragraphs(lines)));
        }
    }

    /** Groups lines into paragraphs: blank lines separate, each bullet is its own paragraph. */
    private static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            Matcher bullet = BULLET.matcher(line);
            if (line.isEmpty() || bullet.matches()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
                if (bullet.matches()) {
                    paragraphs.add(bullet.group(1).strip());
                }
                continue;
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(line);
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    private static final class Job {
        String title;
        String company;
        String location;
        String start;
        String end;
        boolean current;
        final List<String> description = new ArrayList<>();
        final List<String> bullets = new ArrayList<>();

        ExperienceEntry toEntry(int index) {
            return new ExperienceEntry("text-exp-" + index, title, company, location, start, end, current,
                    description.isEmpty() ? null : String.join(" ", description), bullets, List.of());
        }
    }

    private record Dates(String head, String start, String end, boolean current) {
    }

    private static Dates trailingDates(String line) {
        for (Pattern pattern : List.of(DATES_IN_PARENS, DATES_AFTER_SEPARATOR, RANGE_AFTER_SPACE)) {
            Matcher m = pattern.matcher(line);
            if (m.matches()) {
                String end = m.group(3) == null ? null : m.group(3).strip();
                boolean current = end != null && end.toLowerCase(Locale.ROOT).matches(OPEN);
                String head = m.group(1).strip().replaceAll("[\\s,|–—-]+$", "");
                return new Dates(head, m.group(2).strip(), current ? null : end, current);
            }
        }
        return null;
    }

    /** Splits an entry line into its parts: on {@code |}, else on spaced dashes, else on commas. */
    private static List<String> parts(String head) {
        String[] split;
        if (head.contains("|")) {
            split = head.split("\\s*\\|\\s*");
        } else if (head.matches(".*\\s[–—-]\\s.*")) {
            split = head.split("\\s+[–—-]\\s+");
        } else if (head.toLowerCase(Locale.ROOT).contains(" at ") && !head.contains(",")) {
            split = head.split("(?i)\\s+at\\s+", 2);
        } else {
            split = head.split("\\s*,\\s*");
        }
        List<String> parts = new ArrayList<>();
        for (String s : split) {
            if (!s.isBlank()) {
                parts.add(s.strip());
            }
        }
        return parts;
    }

    private static boolean looksLikeEntryHeader(String line) {
        return line.length() <= 120 && !line.endsWith(".") && !Character.isLowerCase(line.codePointAt(0))
                && parts(line).size() >= 2;
    }

    private static void experience(List<String> lines, List<Section> sections) {
        List<Job> jobs = new ArrayList<>();
        Job job = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                if (job == null) {
                    job = new Job();
                    jobs.add(job);
                }
                job.bullets.add(bullet.group(1).strip());
                continue;
            }
            Dates dates = trailingDates(line);
            if (dates != null && dates.head().isEmpty() && job != null && job.start == null) {
                job.start = dates.start();
                job.end = dates.end();
                job.current = dates.current();
            } else if (dates != null || job == null || !job.bullets.isEmpty() && looksLikeEntryHeader(line)) {
                job = new Job();
                jobs.add(job);
                String head = dates == null ? line : dates.head();
                if (dates != null) {
                    job.start = dates.start();
                    job.end = dates.end();
                    job.current = dates.current();
                }
                List<String> parts = parts(head);
                if (dates == null && !looksLikeEntryHeader(head)) {
                    job.description.add(head);
                } else if (!parts.isEmpty()) {
                    job.title = parts.get(0);
                    job.company = parts.size() > 1 ? parts.get(1) : null;
                    job.location = parts.size() > 2 ? String.join(", ", parts.subList(2, parts.size())) : null;
                }
            } else if (!job.bullets.isEmpty() && Character.isLowerCase(line.codePointAt(0))) {
                int last = job.bullets.size() - 1;
                job.bullets.set(last, job.bullets.get(last) + " " + line);
            } else if (!job.bullets.isEmpty()) {
                job.bullets.add(line);
            } else {
                job.description.add(line);
            }
        }
        List<ExperienceEntry> entries = new ArrayList<>();
        for (Job j : jobs) {
            entries.add(j.toEntry(entries.size()));
        }
        sections.add(new Section.Experience(entries));
    }

    private static final class School {
        String degree;
        String field;
        String institution;
        String start;
        String end;
        Double gpa;
        final List<String> honors = new ArrayList<>();
    }

    private static void education(List<String> lines, List<Section> sections) {
        List<School> schools = new ArrayList<>();
        School school = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            String text = bullet.matches() ? bullet.group(1).strip() : line;
            Matcher gpa = GPA.matcher(text);
            Double gpaValue = gpa.find() ? Double.valueOf(gpa.group(1)) : null;
            if (school != null && (bullet.matches() || text.toLowerCase(Locale.ROOT).startsWith("honors")
                    || text.toLowerCase(Locale.ROOT).startsWith("honours") || (gpaValue != null && school.gpa == null
                    && text.length() < 40))) {
                if (gpaValue != null && school.gpa == null) {
                    school.gpa = gpaValue;
                    String rest = GPA.matcher(text).replaceAll("").replaceAll("^[\\s,;|]+|[\\s,;|]+$", "");
                    if (!rest.isEmpty()) {
                        school.honors.add(rest);
                    }
                } else {
                    school.honors.add(text.replaceFirst("(?i)^hono(u)?rs\\s*:\\s*", ""));
                }
                continue;
            }
            school = new School();
            schools.add(school);
            school.gpa = gpaValue;
            String head = gpaValue == null ? text
                    : GPA.matcher(text).replaceAll("").replaceAll("[\\s,;|]+$", "").replaceAll("\\s{2,}", " ");
            Dates dates = trailingDates(head);
            if (dates != null) {
                school.start = dates.start();
                school.end = dates.end();
                head = dates.head();
            }
            List<String> parts = head.contains("|") ? parts(head) : List.of(head.split("\\s*,\\s*", 2));
            String degreePart = parts.get(0).strip();
            String institution = parts.size() > 1 ? String.join(", ", parts.subList(1, parts.size())).strip() : null;
            if (institution != null && INSTITUTION.matcher(degreePart).find() && !INSTITUTION.matcher(institution).find()) {
                String swap = degreePart;
                degreePart = institution;
                institution = swap;
            }
            school.institution = institution == null || institution.isEmpty() ? null : institution;
            // the degree exactly as written: never split and reworded as "<degree> in <field>"
            school.degree = degreePart;
        }
        List<EducationEntry> entries = new ArrayList<>();
        for (School s : schools) {
            entries.add(new EducationEntry("text-edu-" + entries.size(), s.degree, s.field, s.institution, s.start,
                    s.end, s.gpa, s.honors));
        }
        sections.add(new Section.Education(entries));
    }

    private static final class Project {
        String name;
        String url;
        String start;
        String end;
        final List<String> description = new ArrayList<>();
        final List<String> technologies = new ArrayList<>();
    }

    private static void projects(List<String> lines, List<Section> sections) {
        List<Project> projects = new ArrayList<>();
        Project project = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            String text = bullet.matches() ? bullet.group(1).strip() : line;
            Matcher labelled = LABELLED.matcher(text);
            if (project != null && labelled.matches() && labelled.group(1).strip().toLowerCase(Locale.ROOT)
                    .matches("tech(nologies|nology| stack)?|stack|tools|built with")) {
                project.technologies.addAll(items(List.of(labelled.group(2))));
            } else if (project != null && project.url == null && looksLikeUrl(text)) {
                project.url = text;
            } else if (project == null || !bullet.matches() && !project.description.isEmpty()
                    && looksLikeProjectName(text)) {
                project = new Project();
                projects.add(project);
                Dates dates = trailingDates(text);
                String head = text;
                if (dates != null) {
                    project.start = dates.start();
                    project.end = dates.end();
                    head = dates.head();
                }
                String[] nameAndRest = head.split("\\s+[–—-]\\s+|:\\s+", 2);
                project.name = nameAndRest[0].strip();
                if (nameAndRest.length > 1) {
                    project.description.add(nameAndRest[1].strip());
                }
            } else {
                project.description.add(text);
            }
        }
        List<ProjectEntry> entries = new ArrayList<>();
        for (Project p : projects) {
            entries.add(new ProjectEntry("text-proj-" + entries.size(), p.name,
                    p.description.isEmpty() ? null : String.join(" ", p.description), p.technologies, p.url,
                    p.start, p.end));
        }
        sections.add(new Section.Projects(entries));
    }

    private static boolean looksLikeProjectName(String text) {
        return text.length() <= 60 && !text.endsWith(".") && !Character.isLowerCase(text.codePointAt(0));
    }

    private static List<SkillCategory> skills(List<String> lines) {
        List<SkillCategory> categories = new ArrayList<>();
        List<SkillItem> unlabelled = new ArrayList<>();
        List<SkillItem> languages = new ArrayList<>();
        for (String raw : lines) {
            if (raw.isEmpty()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(raw);
            String line = bullet.matches() ? bullet.group(1).strip() : raw;
            Matcher labelled = LABELLED.matcher(line);
            if (labelled.matches() && !labelled.group(1).contains("(")) {
                String label = labelled.group(1).strip();
                boolean languageLabel = label.toLowerCase(Locale.ROOT).startsWith("language");
                List<SkillItem> items = new ArrayList<>();
                for (String item : items(List.of(labelled.group(2)))) {
                    items.add(languageLabel ? language(item) : new SkillItem.Plain(item));
                }
                categories.add(new SkillCategory(label, items));
                continue;
            }
            for (String item : items(List.of(line))) {
                SkillItem.Language language = proficiencyLanguage(item);
                if (language != null) {
                    languages.add(language);
                } else {
                    unlabelled.add(new SkillItem.Plain(item));
                }
            }
        }
        if (!unlabelled.isEmpty()) {
            categories.addFirst(new SkillCategory(null, unlabelled));
        }
        if (!languages.isEmpty()) {
            categories.add(new SkillCategory("Languages", languages));
        }
        return categories;
    }

    /** Splits on commas, semicolons, pipes and bullets outside parentheses. */
    private static List<String> items(List<String> lines) {
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            Matcher bullet = BULLET.matcher(line);
            String text = bullet.matches() ? bullet.group(1) : line;
            int depth = 0;
            StringBuilder item = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(' || c == '[') {
                    depth++;
                } else if ((c == ')' || c == ']') && depth > 0) {
                    depth--;
                }
                if (depth == 0 && (c == ',' || c == ';' || c == '|' || c == '•' || c == '·')) {
                    addItem(items, item);
                    continue;
                }
                item.append(c);
            }
            addItem(items, item);
        }
        return items;
    }

    private static void addItem(List<String> items, StringBuilder item) {
        String s = item.toString().strip();
        if (!s.isEmpty()) {
            items.add(s);
        }
        item.setLength(0);
    }

    /** {@code Spanish (native)} with a known proficiency word, else {@code null}. */
    private static SkillItem.Language proficiencyLanguage(String item) {
        Matcher m = Pattern.compile("^(\\p{L}[\\p{L}' -]{1,30}?)\\s*\\(([^()]+)\\)$").matcher(item);
        if (m.matches() && PROFICIENCIES.contains(m.group(2).strip().toLowerCase(Locale.ROOT))) {
            return new SkillItem.Language(m.group(1).strip(), m.group(2).strip());
        }
        return null;
    }

    private static SkillItem language(String item) {
        SkillItem.Language parsed = proficiencyLanguage(item);
        if (parsed != null) {
            return parsed;
        }
        Matcher m = Pattern.compile("^(.+?)\\s*(?:[:–—-]|\\()\\s*([^()]+?)\\)?$").matcher(item);
        if (m.matches()) {
            return new SkillItem.Language(m.group(1).strip(), m.group(2).strip());
        }
        return new SkillItem.Language(item, null);
    }

    private static SkillItem certification(String raw) {
        Matcher bullet = BULLET.matcher(raw);
        String line = bullet.matches() ? bullet.group(1).strip() : raw;
        String date = null;
        Matcher dated = Pattern.compile("^(.*?)[\\s,]*\\(([^()]*\\d{4}[^()]*)\\)\\s*$").matcher(line);
        if (dated.matches()) {
            line = dated.group(1).strip();
            date = dated.group(2).strip();
        }
        String[] nameIssuer = line.split("\\s+[–—-]\\s+|\\s*\\|\\s*", 2);
        String name = nameIssuer[0].strip();
        String issuer = nameIssuer.length > 1 ? nameIssuer[1].strip() : null;
        return new SkillItem.Certification(name, issuer, date, null, null);
    }
}
