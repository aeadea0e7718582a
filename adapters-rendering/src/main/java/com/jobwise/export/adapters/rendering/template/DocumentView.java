package com.jobwise.export.adapters.rendering.template;

import com.jobwise.export.adapters.rendering.text.Texts;

import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.EducationEntry;
import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.content.Header;
import com.jobwise.export.domain.content.Letter;
import com.jobwise.export.domain.template.Margins;
import com.jobwise.export.domain.content.ProjectEntry;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillCategory;
import com.jobwise.export.domain.content.SkillItem;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.adapters.rendering.text.DocumentLanguage;
import com.jobwise.export.adapters.rendering.text.Headings;
import com.jobwise.export.adapters.rendering.text.LinkPolicy;
import com.jobwise.export.adapters.rendering.text.Wording;
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
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the FreeMarker data model: plain maps, lists, strings, numbers and booleans only (the
 * templates see no Java object and call no method): {@code doc} (the document), {@code opt} (the
 * resolved options, {@link ViewOptions}) and {@code w} (the template's own words). Every user
 * string is cleaned for XML; links follow the {@link LinkPolicy} and every added word (headings,
 * labels, dates) comes from {@link Wording} and {@link Headings}, exactly as in the DOCX; empty
 * fields are absent so templates test them with {@code ??}.
 */
final class DocumentView {
    private final DocumentLanguage language;
    private final Wording words;

    private DocumentView(DocumentLanguage language) {
        this.language = language;
        this.words = language.wording();
    }

    static Map<String, Object> of(DocumentContent content, Template template, TemplateOptions options) {
        DocumentLanguage language = DocumentLanguage.of(options.language(), content);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("doc", switch (content) {
            case ResumeContent resume -> new DocumentView(language).resume(resume);
            case CoverLetterContent letter -> new DocumentView(language).coverLetter(letter);
        });
        root.put("opt", ViewOptions.of(template, options));
        root.put("w", words(language.wording()));
        return root;
    }

    /** The template's own words ({@code w.*}): labels, the sidebar's heading and the page footer. */
    private static Map<String, Object> words(Wording words) {
        Map<String, Object> w = new LinkedHashMap<>();
        for (String key : List.of("key_achievements", "achievements", "highlights", "technologies", "certifications")) {
            w.put(key, words.word("label." + key));
        }
        w.put("contact", Headings.contact(words));
        List<String> page = words.pageOf();
        w.put("pageBefore", page.get(0));
        w.put("pageBetween", page.get(1));
        w.put("pageAfter", page.get(2));
        return w;
    }

    // ------------------------------------------------------------------ document

    private Map<String, Object> resume(ResumeContent resume) {
        Map<String, Object> doc = common(resume.header(), resume.metadata());
        doc.put("type", "resume");
        String name = Texts.line(resume.header().name());
        String title = Texts.line(resume.header().title());
        String kind = words.word("document.resume");
        doc.put("title", name == null ? kind : name + " – " + kind);
        doc.put("subject", title == null ? kind : kind + " – " + title);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section section : resume.sections()) {
            Map<String, Object> view = section(section);
            if (view != null) {
                sections.add(view);
            }
        }
        doc.put("sections", sections);
        doc.put("mainSections", sections.stream().filter(s -> !"skills".equals(s.get("kind"))).toList());
        doc.put("sideSections", sections.stream().filter(s -> "skills".equals(s.get("kind"))).toList());
        String keywords = HeaderView.keywords(resume);
        if (keywords != null) {
            doc.put("keywords", keywords);
        }
        return doc;
    }

    private Map<String, Object> coverLetter(CoverLetterContent content) {
        Map<String, Object> doc = common(content.header(), content.metadata());
        doc.put("type", "cover_letter");
        Letter l = content.letter();
        String name = Texts.line(content.header().name());
        String subject = Texts.line(l.subject());
        String kind = words.word("document.cover_letter");
        doc.put("title", name == null ? kind : name + " – " + kind);
        doc.put("subject", subject == null ? kind : subject);
        List<String> keywords = new ArrayList<>();
        for (String key : List.of("job_title", "company")) {
            if (content.metadata().get(key) instanceof String s && Texts.line(s) != null) {
                keywords.add(Texts.line(s));
            }
        }
        if (!keywords.isEmpty()) {
            doc.put("keywords", String.join(", ", keywords));
        }
        Map<String, Object> letter = new LinkedHashMap<>();
        put(letter, "date", Texts.line(words.longDate(l.date())));
        List<String> recipient = new ArrayList<>();
        if (l.recipient() != null) {
            Letter.Recipient r = l.recipient();
            addIfPresent(recipient, Texts.line(r.name()));
            addIfPresent(recipient, Texts.line(r.title()));
            addIfPresent(recipient, Texts.line(r.company()));
            String address = Texts.clean(r.address());
            if (address != null) {
                for (String part : address.split("\\s*\\n\\s*")) {
                    addIfPresent(recipient, part);
                }
            }
        }
        letter.put("recipient", recipient);
        put(letter, "subject", subject);
        put(letter, "greeting", Texts.line(l.greeting()));
        letter.put("paragraphs", paragraphs(l.paragraphs()));
        put(letter, "closing", Texts.line(l.closing()));
        put(letter, "signature", Texts.line(l.signature()) != null ? Texts.line(l.signature()) : name);
        doc.put("letter", letter);
        return doc;
    }

    private Map<String, Object> common(Header h, Map<String, Object> metadata) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("lang", language.tag());
        put(doc, "author", Texts.line(h.name()));
        doc.put("header", HeaderView.of(h, words));
        return doc;
    }

    // ------------------------------------------------------------------ sections

    private Map<String, Object> section(Section section) {
        Map<String, Object> view = new LinkedHashMap<>();
        switch (section) {
            case Section.Summary s -> {
                List<String> paragraphs = splitParagraphs(s.content());
                if (paragraphs.isEmpty()) {
                    return null;
                }
                view.put("kind", "summary");
                view.put("heading", Headings.of(section, words));
                view.put("paragraphs", paragraphs);
            }
            case Section.Skills s -> {
                List<Map<String, Object>> categories = new ArrayList<>();
                for (SkillCategory c : s.categories()) {
                    Map<String, Object> category = category(c);
                    if (category != null) {
                        categories.add(category);
                    }
                }
                if (categories.isEmpty()) {
                    return null;
                }
                view.put("kind", "skills");
                view.put("heading", Headings.of(section, words));
                view.put("categories", categories);
            }
            case Section.Experience s -> {
                List<Map<String, Object>> entries = s.entries().stream().map(this::experience)
                        .filter(Objects::nonNull).toList();
                if (entries.isEmpty()) {
                    return null;
                }
                view.put("kind", "experience");
                view.put("heading", Headings.of(section, words));
                view.put("entries", entries);
            }
            case Section.Projects s -> {
                List<Map<String, Object>> entries = s.entries().stream().map(this::project)
                        .filter(Objects::nonNull).toList();
                if (entries.isEmpty()) {
                    return null;
                }
                view.put("kind", "projects");
                view.put("heading", Headings.of(section, words));
                view.put("entries", entries);
            }
            case Section.Education s -> {
                List<Map<String, Object>> entries = s.entries().stream().map(this::education)
                        .filter(Objects::nonNull).toList();
                if (entries.isEmpty()) {
                    return null;
                }
                view.put("kind", "education");
                view.put("heading", Headings.of(section, words));
                view.put("entries", entries);
            }
            case Section.Text s -> {
                List<String> paragraphs = paragraphs(s.paragraphs());
                String heading = Texts.line(Headings.of(section, words));
                if (paragraphs.isEmpty() && heading == null) {
                    return null;
                }
                view.put("kind", "text");
                put(view, "heading", heading);
                view.put("paragraphs", paragraphs);
            }
        }
        return view;
    }

    private Map<String, Object> category(SkillCategory c) {
        List<Map<String, Object>> items = new ArrayList<>();
        int languages = 0;
        int certifications = 0;
        for (SkillItem item : c.items()) {
            Map<String, Object> view = new LinkedHashMap<>();
            switch (item) {
                case SkillItem.Plain p -> {
                    String text = Texts.line(p.name());
                    if (text == null) {
                        continue;
                    }
                    view.put("kind", "plain");
                    view.put("name", text);
                    view.put("text", text);
                }
                case SkillItem.Language l -> {
                    String name = Texts.line(l.name());
                    if (name == null) {
                        continue;
                    }
                    String proficiency = Texts.line(l.proficiency());
                    view.put("kind", "language");
                    view.put("name", name);
                    put(view, "proficiency", proficiency);
                    view.put("text", proficiency == null ? name : name + " (" + proficiency + ")");
                    languages++;
                }
                case SkillItem.Certification cert -> {
                    String name = Texts.line(cert.name());
                    if (name == null) {
                        continue;
                    }
                    String issuer = Texts.line(cert.issuer());
                    view.put("kind", "certification");
                    view.put("name", name);
                    put(view, "issuer", issuer);
                    put(view, "dates", Texts.line(words.certificationDates(cert.dateObtained(), cert.expiryDate())));
                    put(view, "credential", Texts.line(words.credential(Texts.line(cert.credentialId()))));
                    view.put("text", issuer == null ? name : name + " – " + issuer);
                    List<String> details = paragraphs(words.certificationDetails(issuer, cert.dateObtained(),
                            cert.expiryDate(), Texts.line(cert.credentialId())));
                    put(view, "details", details.isEmpty() ? null : String.join(" · ", details));
                    certifications++;
                }
            }
            items.add(view);
        }
        String name = Texts.line(c.name());
        if (items.isEmpty() && name == null) {
            return null;
        }
        Map<String, Object> category = new LinkedHashMap<>();
        put(category, "name", name);
        String kind = items.isEmpty() ? "plain"
                : languages == items.size() ? "languages" : certifications == items.size() ? "certifications" : "plain";
        category.put("kind", kind);
        category.put("items", items);
        category.put("text", String.join(", ", items.stream().map(i -> (String) i.get("text")).toList()));
        return category;
    }

    private Map<String, Object> experience(ExperienceEntry e) {
        Map<String, Object> view = new LinkedHashMap<>();
        put(view, "title", Texts.line(e.title()));
        put(view, "company", Texts.line(e.company()));
        put(view, "location", Texts.line(e.location()));
        put(view, "dates", Texts.line(words.range(e.startDate(), e.endDate(), e.isCurrent())));
        put(view, "description", Texts.line(e.description()));
        boolean noText = view.isEmpty();
        List<String> bullets = paragraphs(e.bullets());
        List<String> achievements = paragraphs(e.achievements());
        view.put("bullets", bullets);
        view.put("achievements", achievements);
        return noText && bullets.isEmpty() && achievements.isEmpty() ? null : view;
    }

    private Map<String, Object> project(ProjectEntry p) {
        Map<String, Object> view = new LinkedHashMap<>();
        put(view, "name", Texts.line(p.name()));
        put(view, "description", Texts.line(p.description()));
        List<String> technologies = paragraphs(p.technologies());
        if (!technologies.isEmpty()) {
            view.put("technologies", String.join(", ", technologies));
        }
        LinkPolicy.Link url = LinkPolicy.web(Texts.line(p.url()));
        if (url != null) {
            view.put("link", HeaderView.contact("url", url.text(), url.href(), words));
        }
        put(view, "dates", Texts.line(words.range(p.startDate(), p.endDate(), false)));
        return view.isEmpty() ? null : view;
    }

    private Map<String, Object> education(EducationEntry e) {
        Map<String, Object> view = new LinkedHashMap<>();
        String combined = Texts.line(words.degree(Texts.line(e.degree()), Texts.line(e.fieldOfStudy())));
        put(view, "degree", combined);
        put(view, "institution", Texts.line(e.institution()));
        put(view, "dates", Texts.line(words.range(e.startDate(), e.endDate(), false)));
        put(view, "gpa", words.gpa(e.gpa()));
        List<String> honors = paragraphs(e.honors());
        view.put("honors", honors);
        List<String> details = paragraphs(words.educationDetails(e.gpa(), honors));
        put(view, "details", details.isEmpty() ? null : String.join(" · ", details));
        return combined == null && view.get("institution") == null && details.isEmpty() ? null : view;
    }

    // ------------------------------------------------------------------ helpers

    private static List<String> paragraphs(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String s : raw) {
            addIfPresent(out, Texts.line(s));
        }
        return out;
    }

    /** A multi-paragraph text split on blank lines, each paragraph on one line. */
    private static List<String> splitParagraphs(String text) {
        String c = Texts.clean(text);
        List<String> out = new ArrayList<>();
        if (c != null) {
            for (String p : c.split("\\n\\s*\\n")) {
                addIfPresent(out, Texts.line(p));
            }
        }
        return out;
    }

    static void addIfPresent(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
