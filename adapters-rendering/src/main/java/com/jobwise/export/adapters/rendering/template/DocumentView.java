package com.jobwise.export.adapters.rendering.template;

import com.jobwise.export.domain.model.CoverLetterContent;
import com.jobwise.export.domain.model.DocumentContent;
import com.jobwise.export.domain.model.EducationEntry;
import com.jobwise.export.domain.model.ExperienceEntry;
import com.jobwise.export.domain.model.Header;
import com.jobwise.export.domain.model.Letter;
import com.jobwise.export.domain.model.Margins;
import com.jobwise.export.domain.model.ProjectEntry;
import com.jobwise.export.domain.model.ResumeContent;
import com.jobwise.export.domain.model.Section;
import com.jobwise.export.domain.model.SkillCategory;
import com.jobwise.export.domain.model.SkillItem;
import com.jobwise.export.domain.model.Template;
import com.jobwise.export.domain.model.TemplateOptions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds the FreeMarker data model: plain maps, lists, strings, numbers and booleans only (the
 * templates see no Java object and call no method). Every user string is cleaned for XML; links are
 * present only when their scheme is http, https or mailto; empty fields are absent so templates test
 * them with {@code ??}.
 */
final class DocumentView {
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

    /** Standard headings: what an ATS looks for. */
    static final String SUMMARY = "Professional Summary";
    static final String SKILLS = "Skills";
    static final String EXPERIENCE = "Experience";
    static final String PROJECTS = "Projects";
    static final String EDUCATION = "Education";

    private DocumentView() {
    }

    static Map<String, Object> of(DocumentContent content, Template template, TemplateOptions options) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("doc", switch (content) {
            case ResumeContent resume -> resume(resume);
            case CoverLetterContent letter -> coverLetter(letter);
        });
        root.put("opt", options(template, options));
        return root;
    }

    // ------------------------------------------------------------------ document

    private static Map<String, Object> resume(ResumeContent resume) {
        Map<String, Object> doc = common(resume.header(), resume.metadata());
        doc.put("type", "resume");
        String name = Texts.line(resume.header().name());
        String title = Texts.line(resume.header().title());
        doc.put("title", name == null ? "Resume" : name + " – Resume");
        doc.put("subject", title == null ? "Resume" : "Resume – " + title);
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
        String keywords = keywords(resume);
        if (keywords != null) {
            doc.put("keywords", keywords);
        }
        return doc;
    }

    private static Map<String, Object> coverLetter(CoverLetterContent content) {
        Map<String, Object> doc = common(content.header(), content.metadata());
        doc.put("type", "cover_letter");
        Letter l = content.letter();
        String name = Texts.line(content.header().name());
        String subject = Texts.line(l.subject());
        doc.put("title", name == null ? "Cover Letter" : name + " – Cover Letter");
        doc.put("subject", subject == null ? "Cover Letter" : subject);
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
        put(letter, "date", Texts.longDate(l.date()));
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

    private static Map<String, Object> common(Header h, Map<String, Object> metadata) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Object lang = metadata.get("language") != null ? metadata.get("language") : metadata.get("lang");
        doc.put("lang", lang instanceof String s && LANG.matcher(s).matches() ? s : "en");
        put(doc, "author", Texts.line(h.name()));
        doc.put("header", header(h));
        return doc;
    }

    private static Map<String, Object> header(Header h) {
        Map<String, Object> header = new LinkedHashMap<>();
        put(header, "name", Texts.line(h.name()));
        put(header, "title", Texts.line(h.title()));
        List<Map<String, Object>> contacts = new ArrayList<>();
        List<Map<String, Object>> basics = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        String email = Texts.line(h.email());
        if (email != null) {
            Map<String, Object> item = contact("email", "Email", email, Texts.mailtoHref(email));
            basics.add(item);
            header.put("email", item);
        }
        String phone = Texts.line(h.phone());
        if (phone != null) {
            Map<String, Object> item = contact("phone", "Phone", phone, null);
            basics.add(item);
            header.put("phone", item);
        }
        String location = Texts.line(h.location());
        if (location != null) {
            Map<String, Object> item = contact("location", "Location", location, null);
            basics.add(item);
            header.put("location", item);
        }
        for (String[] link : List.of(new String[] {"linkedin", "LinkedIn", h.linkedin()},
                new String[] {"github", "GitHub", h.github()}, new String[] {"website", "Website", h.website()})) {
            String raw = Texts.line(link[2]);
            if (raw != null) {
                String href = Texts.webHref(raw);
                Map<String, Object> item = contact(link[0], link[1], href == null ? raw : Texts.displayUrl(raw), href);
                links.add(item);
                header.put(link[0], item);
            }
        }
        contacts.addAll(basics);
        contacts.addAll(links);
        header.put("contacts", contacts);
        header.put("basics", basics);
        header.put("links", links);
        return header;
    }

    private static Map<String, Object> contact(String kind, String label, String text, String href) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", kind);
        item.put("label", label);
        item.put("text", text);
        put(item, "href", href);
        return item;
    }

    private static String keywords(ResumeContent resume) {
        List<String> words = new ArrayList<>();
        if (resume.metadata().get("top_skills") instanceof List<?> top) {
            for (Object o : top) {
                if (o instanceof String s) {
                    addIfPresent(words, Texts.line(s));
                }
            }
        }
        if (words.isEmpty()) {
            for (Section s : resume.sections()) {
                if (s instanceof Section.Skills skills) {
                    skills.categories().stream().flatMap(c -> c.items().stream())
                            .filter(i -> i instanceof SkillItem.Plain).limit(8)
                            .forEach(i -> addIfPresent(words, Texts.line(i.displayText())));
                    break;
                }
            }
        }
        return words.isEmpty() ? null : String.join(", ", words);
    }

    // ------------------------------------------------------------------ sections

    private static Map<String, Object> section(Section section) {
        Map<String, Object> view = new LinkedHashMap<>();
        switch (section) {
            case Section.Summary s -> {
                List<String> paragraphs = splitParagraphs(s.content());
                if (paragraphs.isEmpty()) {
                    return null;
                }
                view.put("kind", "summary");
                view.put("heading", SUMMARY);
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
                view.put("heading", SKILLS);
                view.put("categories", categories);
            }
            case Section.Experience s -> {
                List<Map<String, Object>> entries = s.entries().stream().map(DocumentView::experience)
                        .filter(Objects::nonNull).toList();
                if (entries.isEmpty()) {
                    return null;
                }
                view.put("kind", "experience");
                view.put("heading", EXPERIENCE);
                view.put("entries", entries);
            }
            case Section.Projects s -> {
                List<Map<String, Object>> entries = s.entries().stream().map(DocumentView::project)
                        .filter(Objects::nonNull).toList();
                if (entries.isEmpty()) {
                    return null;
                }
                view.put("kind", "projects");
                view.put("heading", PROJECTS);
                view.put("entries", entries);
            }
            case Section.Education s -> {
                List<Map<String, Object>> entries = s.entries().stream().map(DocumentView::education)
                        .filter(Objects::nonNull).toList();
                if (entries.isEmpty()) {
                    return null;
                }
                view.put("kind", "education");
                view.put("heading", EDUCATION);
                view.put("entries", entries);
            }
            case Section.Text s -> {
                List<String> paragraphs = paragraphs(s.paragraphs());
                String heading = Texts.line(s.heading());
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

    private static Map<String, Object> category(SkillCategory c) {
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
                    put(view, "level", level(proficiency));
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
                    String obtained = Texts.monthYear(cert.dateObtained());
                    String expires = Texts.monthYear(cert.expiryDate());
                    String dates = obtained == null ? (expires == null ? null : "Expires " + expires)
                            : expires == null ? obtained : obtained + " – " + expires;
                    put(view, "dates", dates);
                    String credential = Texts.line(cert.credentialId());
                    put(view, "credential", credential == null ? null : "Credential ID " + credential);
                    view.put("text", issuer == null ? name : name + " – " + issuer);
                    List<String> details = new ArrayList<>();
                    addIfPresent(details, issuer);
                    addIfPresent(details, dates);
                    addIfPresent(details, (String) view.get("credential"));
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

    /** A proficiency as a share of a full bar, for the creative template's language meters. */
    private static Integer level(String proficiency) {
        if (proficiency == null) {
            return null;
        }
        String p = proficiency.toLowerCase(Locale.ROOT);
        if (p.contains("native") || p.contains("bilingual") || p.contains("mother")) {
            return 100;
        }
        if (p.contains("fluent") || p.equals("c2")) {
            return 90;
        }
        if (p.contains("advanced") || p.equals("c1") || p.contains("full professional")) {
            return 80;
        }
        if (p.contains("professional") || p.contains("working")) {
            return 70;
        }
        if (p.contains("intermediate") || p.equals("b2") || p.equals("b1")) {
            return 60;
        }
        if (p.contains("conversational")) {
            return 50;
        }
        if (p.contains("basic") || p.contains("elementary") || p.contains("beginner") || p.equals("a2") || p.equals("a1")) {
            return 30;
        }
        return null;
    }

    private static Map<String, Object> experience(ExperienceEntry e) {
        Map<String, Object> view = new LinkedHashMap<>();
        put(view, "title", Texts.line(e.title()));
        put(view, "company", Texts.line(e.company()));
        put(view, "location", Texts.line(e.location()));
        put(view, "dates", Texts.range(e.startDate(), e.endDate(), e.isCurrent()));
        put(view, "description", Texts.line(e.description()));
        boolean noText = view.isEmpty();
        List<String> bullets = paragraphs(e.bullets());
        List<String> achievements = paragraphs(e.achievements());
        view.put("bullets", bullets);
        view.put("achievements", achievements);
        return noText && bullets.isEmpty() && achievements.isEmpty() ? null : view;
    }

    private static Map<String, Object> project(ProjectEntry p) {
        Map<String, Object> view = new LinkedHashMap<>();
        put(view, "name", Texts.line(p.name()));
        put(view, "description", Texts.line(p.description()));
        List<String> technologies = paragraphs(p.technologies());
        if (!technologies.isEmpty()) {
            view.put("technologies", String.join(", ", technologies));
        }
        String url = Texts.line(p.url());
        if (url != null) {
            String href = Texts.webHref(url);
            view.put("link", contact("url", "URL", href == null ? url : Texts.displayUrl(url), href));
        }
        put(view, "dates", Texts.range(p.startDate(), p.endDate(), false));
        return view.isEmpty() ? null : view;
    }

    private static Map<String, Object> education(EducationEntry e) {
        Map<String, Object> view = new LinkedHashMap<>();
        String degree = Texts.line(e.degree());
        String field = Texts.line(e.fieldOfStudy());
        String combined = degree == null ? field : field == null ? degree : degree + " in " + field;
        put(view, "degree", combined);
        put(view, "institution", Texts.line(e.institution()));
        put(view, "dates", Texts.range(e.startDate(), e.endDate(), false));
        String gpa = e.gpa() == null || e.gpa().isNaN() || e.gpa().isInfinite() ? null
                : new BigDecimal(e.gpa().toString()).stripTrailingZeros().toPlainString();
        put(view, "gpa", gpa == null ? null : "GPA " + gpa);
        List<String> honors = paragraphs(e.honors());
        view.put("honors", honors);
        List<String> details = new ArrayList<>();
        addIfPresent(details, (String) view.get("gpa"));
        details.addAll(honors);
        put(view, "details", details.isEmpty() ? null : String.join(" · ", details));
        return combined == null && view.get("institution") == null && details.isEmpty() ? null : view;
    }

    // ------------------------------------------------------------------ options

    private static Map<String, Object> options(Template template, TemplateOptions o) {
        TemplateOptions d = template.defaults();
        Map<String, Object> opt = new LinkedHashMap<>();
        FontCatalog.Family family = FontCatalog.forOption(o.fontFamily());
        opt.put("font", family.cssName());
        opt.put("fallbackFont", FontCatalog.FALLBACK.cssName());
        opt.put("size", clamp(o.fontSize(), 6, 24));
        opt.put("lineHeight", clamp(o.lineSpacing(), 1.0, 3.0));
        Margins m = o.margins() == null ? d.margins() : o.margins();
        opt.put("margins", inches(m.top()) + " " + inches(m.right()) + " " + inches(m.bottom()) + " " + inches(m.left()));
        TemplateOptions.PageSize size = o.pageSize() == null ? TemplateOptions.PageSize.LETTER : o.pageSize();
        opt.put("pageSize", size == TemplateOptions.PageSize.A4 ? "210mm 297mm" : "8.5in 11in");
        opt.put("pageNumbers", o.includePageNumbers());
        TemplateOptions.HeaderStyle style = o.headerStyle() == null ? TemplateOptions.HeaderStyle.BOLD : o.headerStyle();
        opt.put("headingBold", style.bold());
        opt.put("headingUnderline", style.underline());
        String accent = color(o.accentColor(), color(d.accentColor(), "#2563EB"));
        String primary = color(o.primaryColor(), color(d.primaryColor(), accent));
        String secondary = color(o.secondaryColor(), color(d.secondaryColor(), "#0EA5E9"));
        opt.put("accent", accent);
        opt.put("accentTint", mix(accent, 0.10));
        opt.put("accentDark", darken(accent, 0.25));
        opt.put("primary", primary);
        opt.put("primaryTint", mix(primary, 0.07));
        opt.put("primaryLight", mix(primary, 0.22));
        opt.put("secondary", secondary);
        opt.put("secondaryDark", darken(secondary, 0.20));
        double pageWidth = size.widthInches();
        double contentWidth = pageWidth - m.left() - m.right();
        double sidebar = clamp(o.sidebarWidth() <= 0 ? d.sidebarWidth() : o.sidebarWidth(), 15, 50) / 100.0 * pageWidth;
        sidebar = Math.min(sidebar, Math.max(1.0, contentWidth - 3.0));
        opt.put("sidebarWidth", inches(sidebar));
        opt.put("contentHeight", clamp(size.heightInches() - m.top() - m.bottom(), 1.0, 20.0));
        opt.putAll(TemplateStyle.of(template, o).css());
        return opt;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    private static String inches(double v) {
        return new BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "in";
    }

    private static String color(String value, String fallback) {
        return value != null && HEX.matcher(value).matches() ? value.toUpperCase(Locale.ROOT) : fallback;
    }

    /** {@code share} of {@code hex} over white. */
    private static String mix(String hex, double share) {
        int[] c = rgb(hex);
        return String.format(Locale.ROOT, "#%02X%02X%02X", tint(c[0], share), tint(c[1], share), tint(c[2], share));
    }

    private static int tint(int channel, double share) {
        return (int) Math.round(255 - (255 - channel) * share);
    }

    private static String darken(String hex, double by) {
        int[] c = rgb(hex);
        return String.format(Locale.ROOT, "#%02X%02X%02X", (int) Math.round(c[0] * (1 - by)),
                (int) Math.round(c[1] * (1 - by)), (int) Math.round(c[2] * (1 - by)));
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
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

    private static void addIfPresent(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
