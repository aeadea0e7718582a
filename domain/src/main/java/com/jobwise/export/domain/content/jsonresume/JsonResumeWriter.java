package com.jobwise.export.domain.content.jsonresume;

import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.EducationEntry;
import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.content.Header;
import com.jobwise.export.domain.content.Letter;
import com.jobwise.export.domain.content.ProjectEntry;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillCategory;
import com.jobwise.export.domain.content.SkillItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes content as a JSON Resume document (schema v1.0.0) made of plain Java values, the inverse of
 * {@link JsonResumeReader}. Fields of the content model JSON Resume lacks are kept as extension properties
 * where the schema allows them: {@code id}, {@code achievements}, {@code isCurrent} (only when it differs from
 * "no end date"), {@code honors}, {@code expiryDate}, {@code credentialId}, {@code category} (a language's or
 * certificate's category when not the default); a date, URL or email the schema's formats refuse is written as
 * {@code startDateText}, {@code urlText}, {@code emailText}... Text sections, the metadata, a cover letter's
 * letter and the export settings go under {@code meta.jobwise}.
 */
public final class JsonResumeWriter {

    private JsonResumeWriter() {
    }

    /**
     * The JSON Resume document of {@code content}.
     *
     * @param export the export's settings (template, options) recorded under {@code meta.jobwise.export}, or
     *               {@code null}
     */
    public static Map<String, Object> write(DocumentContent content, Map<String, Object> export) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", JsonResume.SCHEMA_URL);
        Map<String, Object> basics = basics(content.header());
        doc.put("basics", basics);
        Map<String, Object> jobwise = new LinkedHashMap<>();
        if (content instanceof ResumeContent resume) {
            resume(resume, doc, basics, jobwise);
        } else if (content instanceof CoverLetterContent letter) {
            jobwise.put("coverLetter", letter(letter.letter()));
            putIfPresent(jobwise, "metadata", letter.metadata());
        }
        if (export != null && !export.isEmpty()) {
            jobwise.put("export", export);
        }
        if (!jobwise.isEmpty()) {
            doc.put("meta", new LinkedHashMap<>(Map.of(JsonResume.META_KEY, jobwise)));
        }
        return doc;
    }

    private static Map<String, Object> basics(Header h) {
        Map<String, Object> basics = new LinkedHashMap<>();
        putIfPresent(basics, "name", h.name());
        putIfPresent(basics, "label", h.title());
        formatted(basics, "email", h.email(), JsonResume.EMAIL);
        putIfPresent(basics, "phone", h.phone());
        formatted(basics, "url", h.website(), JsonResume.URI);
        if (h.location() != null) {
            basics.put("location", new LinkedHashMap<>(Map.of("city", h.location())));
        }
        List<Map<String, Object>> profiles = new ArrayList<>();
        profile(profiles, "LinkedIn", h.linkedin());
        profile(profiles, "GitHub", h.github());
        if (!profiles.isEmpty()) {
            basics.put("profiles", profiles);
        }
        return basics;
    }

    private static void profile(List<Map<String, Object>> profiles, String network, String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("network", network);
        String trimmed = url.replaceAll("/+$", "");
        String username = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        if (!username.isBlank() && !username.contains(":")) {
            profile.put("username", username);
        }
        formatted(profile, "url", url, JsonResume.URI);
        profiles.add(profile);
    }

    private static void resume(ResumeContent resume, Map<String, Object> doc, Map<String, Object> basics,
                               Map<String, Object> jobwise) {
        List<Object> work = new ArrayList<>();
        List<Object> education = new ArrayList<>();
        List<Object> skills = new ArrayList<>();
        List<Object> languages = new ArrayList<>();
        List<Object> certificates = new ArrayList<>();
        List<Object> projects = new ArrayList<>();
        List<Object> texts = new ArrayList<>();
        List<Object> order = new ArrayList<>();
        for (Section section : resume.sections()) {
            order.add(section instanceof Section.Text t ? (t.heading() == null ? "Other" : t.heading()) : section.type());
            switch (section) {
                case Section.Summary s -> {
                    if (s.content() != null && !basics.containsKey("summary")) {
                        basics.put("summary", s.content());
                    } else if (s.content() != null) {
                        texts.add(text("Summary", List.of(s.content())));
                    }
                }
                case Section.Skills s -> {
                    for (SkillCategory category : s.categories()) {
                        skills(category, skills, languages, certificates);
                    }
                }
                case Section.Experience s -> s.entries().forEach(e -> work.add(work(e)));
                case Section.Projects s -> s.entries().forEach(p -> projects.add(project(p)));
                case Section.Education s -> s.entries().forEach(e -> education.add(education(e)));
                case Section.Text s -> texts.add(text(s.heading(), s.paragraphs()));
            }
        }
        putIfPresent(doc, "work", work);
        putIfPresent(doc, "education", education);
        putIfPresent(doc, "certificates", certificates);
        putIfPresent(doc, "skills", skills);
        putIfPresent(doc, "languages", languages);
        putIfPresent(doc, "projects", projects);
        putIfPresent(jobwise, "textSections", texts);
        if (order.size() > 1) {
            jobwise.put("sectionOrder", order);
        }
        putIfPresent(jobwise, "metadata", resume.metadata());
    }

    private static void skills(SkillCategory category, List<Object> skills, List<Object> languages,
                               List<Object> certificates) {
        List<String> keywords = new ArrayList<>();
        for (SkillItem item : category.items()) {
            switch (item) {
                case SkillItem.Plain p -> keywords.add(p.name());
                case SkillItem.Language l -> {
                    Map<String, Object> language = new LinkedHashMap<>();
                    putIfPresent(language, "language", l.name());
                    putIfPresent(language, "fluency", l.proficiency());
                    category(language, category.name(), JsonResume.LANGUAGES);
                    languages.add(language);
                }
                case SkillItem.Certification c -> {
                    Map<String, Object> certificate = new LinkedHashMap<>();
                    putIfPresent(certificate, "name", c.name());
                    formatted(certificate, "date", c.dateObtained(), JsonResume.FULL_DATE);
                    putIfPresent(certificate, "issuer", c.issuer());
                    putIfPresent(certificate, "expiryDate", c.expiryDate());
                    putIfPresent(certificate, "credentialId", c.credentialId());
                    category(certificate, category.name(), JsonResume.CERTIFICATIONS);
                    certificates.add(certificate);
                }
            }
        }
        boolean onlyPlain = category.items().stream().allMatch(i -> i instanceof SkillItem.Plain);
        if (!keywords.isEmpty() || onlyPlain) {
            Map<String, Object> skill = new LinkedHashMap<>();
            putIfPresent(skill, "name", category.name());
            skill.put("keywords", keywords);
            skills.add(skill);
        }
    }

    private static void category(Map<String, Object> item, String name, String fallback) {
        if (name == null || !name.equals(fallback)) {
            item.put("category", name == null ? "" : name);
        }
    }

    private static Map<String, Object> work(ExperienceEntry e) {
        Map<String, Object> work = new LinkedHashMap<>();
        putIfPresent(work, "id", e.id());
        putIfPresent(work, "name", e.company());
        putIfPresent(work, "position", e.title());
        putIfPresent(work, "location", e.location());
        formatted(work, "startDate", e.startDate(), JsonResume.DATE);
        formatted(work, "endDate", e.endDate(), JsonResume.DATE);
        if (e.isCurrent() != (e.endDate() == null && e.startDate() != null)) {
            work.put("isCurrent", e.isCurrent());
        }
        putIfPresent(work, "summary", e.description());
        putIfPresent(work, "highlights", e.bullets());
        putIfPresent(work, "achievements", e.achievements());
        return work;
    }

    private static Map<String, Object> project(ProjectEntry p) {
        Map<String, Object> project = new LinkedHashMap<>();
        putIfPresent(project, "id", p.id());
        putIfPresent(project, "name", p.name());
        putIfPresent(project, "description", p.description());
        putIfPresent(project, "keywords", p.technologies());
        formatted(project, "startDate", p.startDate(), JsonResume.DATE);
        formatted(project, "endDate", p.endDate(), JsonResume.DATE);
        formatted(project, "url", p.url(), JsonResume.URI);
        return project;
    }

    private static Map<String, Object> education(EducationEntry e) {
        Map<String, Object> education = new LinkedHashMap<>();
        putIfPresent(education, "id", e.id());
        putIfPresent(education, "institution", e.institution());
        putIfPresent(education, "area", e.fieldOfStudy());
        putIfPresent(education, "studyType", e.degree());
        formatted(education, "startDate", e.startDate(), JsonResume.DATE);
        formatted(education, "endDate", e.endDate(), JsonResume.DATE);
        if (e.gpa() != null) {
            education.put("score", String.valueOf(e.gpa()));
        }
        putIfPresent(education, "honors", e.honors());
        return education;
    }

    private static Map<String, Object> text(String heading, List<String> paragraphs) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("heading", heading == null ? "Other" : heading);
        text.put("paragraphs", paragraphs);
        return text;
    }

    private static Map<String, Object> letter(Letter l) {
        Map<String, Object> letter = new LinkedHashMap<>();
        putIfPresent(letter, "date", l.date());
        if (l.recipient() != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            putIfPresent(r, "name", l.recipient().name());
            putIfPresent(r, "title", l.recipient().title());
            putIfPresent(r, "company", l.recipient().company());
            putIfPresent(r, "address", l.recipient().address());
            letter.put("recipient", r);
        }
        putIfPresent(letter, "subject", l.subject());
        putIfPresent(letter, "greeting", l.greeting());
        putIfPresent(letter, "paragraphs", l.paragraphs());
        putIfPresent(letter, "closing", l.closing());
        putIfPresent(letter, "signature", l.signature());
        return letter;
    }

    /** {@code key} when {@code value} matches the schema's format, else the {@code keyText} extension. */
    private static void formatted(Map<String, Object> target, String key, String value, java.util.regex.Pattern format) {
        if (value == null) {
            return;
        }
        target.put(format.matcher(value).matches() ? key : key + "Text", value);
    }

    private static void putIfPresent(Map<String, Object> target, String key, Object value) {
        if (value == null || value instanceof List<?> l && l.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()) {
            return;
        }
        target.put(key, value);
    }
}
