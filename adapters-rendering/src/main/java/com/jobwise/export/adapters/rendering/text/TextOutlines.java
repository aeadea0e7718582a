package com.jobwise.export.adapters.rendering.text;

import com.jobwise.export.adapters.rendering.text.TextOutline.Block;
import com.jobwise.export.adapters.rendering.text.TextOutline.Category;
import com.jobwise.export.adapters.rendering.text.TextOutline.Contact;
import com.jobwise.export.adapters.rendering.text.TextOutline.Entry;
import com.jobwise.export.adapters.rendering.text.TextOutline.LetterBody;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds the {@link TextOutline} of a document with the same wording policy as the PDF templates
 * ({@code template.DocumentView}): the same headings, date ranges, contact order and link rules. Stateless.
 */
public final class TextOutlines {
    /** Standard headings: what an ATS looks for (the PDF templates use the same). */
    public static final String SUMMARY = "Professional Summary";
    public static final String SKILLS = "Skills";
    public static final String EXPERIENCE = "Experience";
    public static final String PROJECTS = "Projects";
    public static final String EDUCATION = "Education";
    /** The label of an experience entry's achievements. */
    public static final String HIGHLIGHTS = "Highlights";

    private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

    private TextOutlines() {
    }

    /** The outline of {@code content}. */
    public static TextOutline of(DocumentContent content) {
        return switch (content) {
            case ResumeContent r -> new TextOutline(true, Texts.line(r.header().name()), Texts.line(r.header().title()),
                    contacts(r.header()), r.sections().stream().map(TextOutlines::block).filter(Objects::nonNull).toList(),
                    null, lang(r.metadata()));
            case CoverLetterContent c -> new TextOutline(false, Texts.line(c.header().name()),
                    Texts.line(c.header().title()), contacts(c.header()), List.of(), letter(c), lang(c.metadata()));
        };
    }

    private static String lang(Map<String, Object> metadata) {
        Object lang = metadata.get("language") != null ? metadata.get("language") : metadata.get("lang");
        return lang instanceof String s && LANG.matcher(s).matches() ? s : "en";
    }

    private static List<Contact> contacts(Header h) {
        List<Contact> contacts = new ArrayList<>();
        String email = Texts.line(h.email());
        if (email != null) {
            contacts.add(new Contact("email", "Email", email, LinkPolicy.mailtoHref(email)));
        }
        String phone = Texts.line(h.phone());
        if (phone != null) {
            contacts.add(new Contact("phone", "Phone", phone, null));
        }
        String location = Texts.line(h.location());
        if (location != null) {
            contacts.add(new Contact("location", "Location", location, null));
        }
        addLink(contacts, "linkedin", "LinkedIn", h.linkedin());
        addLink(contacts, "github", "GitHub", h.github());
        addLink(contacts, "website", "Website", h.website());
        return contacts;
    }

    private static void addLink(List<Contact> contacts, String kind, String label, String value) {
        Contact link = link(kind, label, value);
        if (link != null) {
            contacts.add(link);
        }
    }

    private static Contact link(String kind, String label, String value) {
        String raw = Texts.line(value);
        if (raw == null) {
            return null;
        }
        String href = LinkPolicy.webHref(raw);
        return new Contact(kind, label, href == null ? raw : LinkPolicy.display(raw), href);
    }

    private static Block block(Section section) {
        return switch (section) {
            case Section.Summary s -> {
                List<String> paragraphs = splitParagraphs(s.content());
                yield paragraphs.isEmpty() ? null : new Block("summary", SUMMARY, paragraphs, List.of(), List.of());
            }
            case Section.Skills s -> {
                List<Category> categories = s.categories().stream().map(TextOutlines::category)
                        .filter(Objects::nonNull).toList();
                yield categories.isEmpty() ? null : new Block("skills", SKILLS, List.of(), categories, List.of());
            }
            case Section.Experience s -> entries("experience", EXPERIENCE,
                    s.entries().stream().map(TextOutlines::experience).toList());
            case Section.Projects s -> entries("projects", PROJECTS,
                    s.entries().stream().map(TextOutlines::project).toList());
            case Section.Education s -> entries("education", EDUCATION,
                    s.entries().stream().map(TextOutlines::education).toList());
            case Section.Text s -> {
                List<String> paragraphs = lines(s.paragraphs());
                String heading = Texts.line(s.heading());
                yield paragraphs.isEmpty() && heading == null ? null
                        : new Block("text", heading, paragraphs, List.of(), List.of());
            }
        };
    }

    private static Block entries(String kind, String heading, List<Entry> entries) {
        List<Entry> kept = entries.stream().filter(Objects::nonNull).toList();
        return kept.isEmpty() ? null : new Block(kind, heading, List.of(), List.of(), kept);
    }

    private static Category category(SkillCategory c) {
        List<String> items = new ArrayList<>();
        for (SkillItem item : c.items()) {
            String text = switch (item) {
                case SkillItem.Plain p -> Texts.line(p.name());
                case SkillItem.Language l -> {
                    String name = Texts.line(l.name());
                    String proficiency = Texts.line(l.proficiency());
                    yield name == null ? null : proficiency == null ? name : name + " (" + proficiency + ")";
                }
                case SkillItem.Certification cert -> certification(cert);
            };
            if (text != null) {
                items.add(text);
            }
        }
        String name = Texts.line(c.name());
        return items.isEmpty() && name == null ? null : new Category(name, items);
    }

    private static String certification(SkillItem.Certification cert) {
        String name = Texts.line(cert.name());
        if (name == null) {
            return null;
        }
        String issuer = Texts.line(cert.issuer());
        String obtained = Wording.ENGLISH.monthYear(cert.dateObtained());
        String expires = Wording.ENGLISH.monthYear(cert.expiryDate());
        String dates = obtained == null ? (expires == null ? null : "Expires " + expires)
                : expires == null ? obtained : obtained + " – " + expires;
        String credential = Texts.line(cert.credentialId());
        List<String> details = new ArrayList<>();
        add(details, dates);
        add(details, credential == null ? null : "Credential ID " + credential);
        String text = issuer == null ? name : name + " – " + issuer;
        return details.isEmpty() ? text : text + " (" + String.join(", ", details) + ")";
    }

    private static Entry experience(ExperienceEntry e) {
        String end = e.isCurrent() ? "Present" : Texts.line(e.endDate());
        Entry entry = new Entry(Texts.line(e.title()), Texts.line(e.company()), Texts.line(e.location()),
                Texts.line(e.startDate()), end, Wording.ENGLISH.range(e.startDate(), e.endDate(), e.isCurrent()),
                Texts.line(e.description()), lines(e.bullets()), lines(e.achievements()), null, null);
        return empty(entry) ? null : entry;
    }

    private static Entry project(ProjectEntry p) {
        List<String> technologies = lines(p.technologies());
        Entry entry = new Entry(Texts.line(p.name()), null, null, Texts.line(p.startDate()), Texts.line(p.endDate()),
                Wording.ENGLISH.range(p.startDate(), p.endDate(), false), Texts.line(p.description()), List.of(), List.of(),
                technologies.isEmpty() ? null : String.join(", ", technologies), link("url", "URL", p.url()));
        return empty(entry) ? null : entry;
    }

    private static Entry education(EducationEntry e) {
        String degree = Texts.line(e.degree());
        String field = Texts.line(e.fieldOfStudy());
        String combined = degree == null ? field : field == null ? degree : degree + " in " + field;
        String gpa = e.gpa() == null || e.gpa().isNaN() || e.gpa().isInfinite() ? null
                : "GPA " + new BigDecimal(e.gpa().toString()).stripTrailingZeros().toPlainString();
        List<String> details = new ArrayList<>();
        add(details, gpa);
        details.addAll(lines(e.honors()));
        Entry entry = new Entry(combined, Texts.line(e.institution()), null, Texts.line(e.startDate()),
                Texts.line(e.endDate()), Wording.ENGLISH.range(e.startDate(), e.endDate(), false), null, List.of(), List.of(),
                details.isEmpty() ? null : String.join(" · ", details), null);
        return empty(entry) ? null : entry;
    }

    private static boolean empty(Entry e) {
        return e.title() == null && e.organisation() == null && e.location() == null && e.dates() == null
                && e.description() == null && e.bullets().isEmpty() && e.highlights().isEmpty() && e.details() == null
                && e.link() == null;
    }

    private static LetterBody letter(CoverLetterContent content) {
        Letter l = content.letter();
        List<String> recipient = new ArrayList<>();
        if (l.recipient() != null) {
            Letter.Recipient r = l.recipient();
            add(recipient, Texts.line(r.name()));
            add(recipient, Texts.line(r.title()));
            add(recipient, Texts.line(r.company()));
            String address = Texts.clean(r.address());
            if (address != null) {
                for (String part : address.split("\\s*\\n\\s*")) {
                    add(recipient, Texts.line(part));
                }
            }
        }
        String signature = Texts.line(l.signature());
        return new LetterBody(Wording.ENGLISH.longDate(l.date()), recipient, Texts.line(l.subject()), Texts.line(l.greeting()),
                lines(l.paragraphs()), Texts.line(l.closing()),
                signature != null ? signature : Texts.line(content.header().name()));
    }

    private static List<String> lines(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String s : raw) {
            add(out, Texts.line(s));
        }
        return out;
    }

    /** A multi-paragraph text split on blank lines, each paragraph on one line. */
    private static List<String> splitParagraphs(String text) {
        String c = Texts.clean(text);
        List<String> out = new ArrayList<>();
        if (c != null) {
            for (String p : c.split("\\n\\s*\\n")) {
                add(out, Texts.line(p));
            }
        }
        return out;
    }

    private static void add(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }
}
