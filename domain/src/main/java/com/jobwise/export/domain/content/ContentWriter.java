package com.jobwise.export.domain.content;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the content model back as the spec's structured content schema, a JSON tree of plain Java
 * values ({@code Map}, {@code List}, {@code String}, {@code Boolean}, {@code Double}), the inverse of
 * {@link com.jobwise.export.domain.content.reading.ContentReader}: {@code ContentReader.read(c.documentType(), ContentWriter.write(c))} equals
 * {@code c}. Absent ({@code null}) fields are left out, except a certification's {@code issuer}, whose
 * key tells the reader the item is a certification. A {@link Section.Text} is written as
 * {@code {"type": "text", "heading": ..., "content": [...]}}.
 */
public final class ContentWriter {

    private ContentWriter() {
    }

    /** The JSON tree of {@code content}, keys in the spec's order. */
    public static Map<String, Object> write(DocumentContent content) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("header", header(content.header()));
        switch (content) {
            case ResumeContent resume -> tree.put("sections", sections(resume.sections()));
            case CoverLetterContent letter -> tree.put("letter", letter(letter.letter()));
        }
        Map<String, Object> metadata = switch (content) {
            case ResumeContent resume -> resume.metadata();
            case CoverLetterContent letter -> letter.metadata();
        };
        if (!metadata.isEmpty()) {
            tree.put("metadata", metadata);
        }
        return tree;
    }

    private static Map<String, Object> header(Header h) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", h.name());
        put(m, "title", h.title());
        put(m, "email", h.email());
        put(m, "phone", h.phone());
        put(m, "location", h.location());
        put(m, "linkedin", h.linkedin());
        put(m, "github", h.github());
        put(m, "website", h.website());
        return m;
    }

    private static Map<String, Object> letter(Letter l) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (l == null) {
            return m;
        }
        put(m, "date", l.date());
        if (l.recipient() != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            put(r, "name", l.recipient().name());
            put(r, "title", l.recipient().title());
            put(r, "company", l.recipient().company());
            put(r, "address", l.recipient().address());
            m.put("recipient", r);
        }
        put(m, "subject", l.subject());
        put(m, "greeting", l.greeting());
        m.put("paragraphs", new ArrayList<>(l.paragraphs()));
        put(m, "closing", l.closing());
        put(m, "signature", l.signature());
        return m;
    }

    private static List<Object> sections(List<Section> sections) {
        List<Object> list = new ArrayList<>();
        for (Section section : sections) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", section.type());
            switch (section) {
                case Section.Summary s -> put(m, "content", s.content());
                case Section.Skills s -> m.put("categories", s.categories().stream().map(ContentWriter::category).toList());
                case Section.Experience s -> m.put("entries", s.entries().stream().map(ContentWriter::experience).toList());
                case Section.Projects s -> m.put("entries", s.entries().stream().map(ContentWriter::project).toList());
                case Section.Education s -> m.put("entries", s.entries().stream().map(ContentWriter::education).toList());
                case Section.Text s -> {
                    put(m, "heading", s.heading());
                    m.put("content", new ArrayList<>(s.paragraphs()));
                }
            }
            list.add(m);
        }
        return list;
    }

    private static Map<String, Object> category(SkillCategory c) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", c.name());
        List<Object> items = new ArrayList<>();
        for (SkillItem item : c.items()) {
            items.add(switch (item) {
                case SkillItem.Plain p -> p.name();
                case SkillItem.Language l -> {
                    Map<String, Object> o = new LinkedHashMap<>();
                    put(o, "name", l.name());
                    put(o, "proficiency", l.proficiency());
                    yield o;
                }
                case SkillItem.Certification cert -> {
                    Map<String, Object> o = new LinkedHashMap<>();
                    put(o, "name", cert.name());
                    o.put("issuer", cert.issuer());
                    put(o, "date_obtained", cert.dateObtained());
                    put(o, "expiry_date", cert.expiryDate());
                    put(o, "credential_id", cert.credentialId());
                    yield o;
                }
            });
        }
        m.put("items", items);
        return m;
    }

    private static Map<String, Object> experience(ExperienceEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", e.id());
        put(m, "title", e.title());
        put(m, "company", e.company());
        put(m, "location", e.location());
        put(m, "start_date", e.startDate());
        put(m, "end_date", e.endDate());
        m.put("is_current", e.isCurrent());
        put(m, "description", e.description());
        m.put("bullets", new ArrayList<>(e.bullets()));
        m.put("achievements", new ArrayList<>(e.achievements()));
        return m;
    }

    private static Map<String, Object> project(ProjectEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", e.id());
        put(m, "name", e.name());
        put(m, "description", e.description());
        m.put("technologies", new ArrayList<>(e.technologies()));
        put(m, "url", e.url());
        put(m, "start_date", e.startDate());
        put(m, "end_date", e.endDate());
        return m;
    }

    private static Map<String, Object> education(EducationEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", e.id());
        put(m, "degree", e.degree());
        put(m, "field_of_study", e.fieldOfStudy());
        put(m, "institution", e.institution());
        put(m, "start_date", e.startDate());
        put(m, "end_date", e.endDate());
        if (e.gpa() != null) {
            m.put("gpa", e.gpa());
        }
        m.put("honors", new ArrayList<>(e.honors()));
        return m;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
