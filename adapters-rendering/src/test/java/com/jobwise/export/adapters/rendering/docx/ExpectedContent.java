package com.jobwise.export.adapters.rendering.docx;

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
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a reader must find in a rendered document, in reading order, worked out from the content
 * and the layout rules of docs/docx.md only: the header first (the creative template follows the
 * name and title with its sidebar: contact details, then skills), then the sections in the
 * generation's order. Dates are left out: they are reformatted ({@code 2021-03} reads
 * {@code Mar 2021}), which {@link DocxUnitsTest} covers.
 */
final class ExpectedContent {
    private static final Pattern TYPED_BULLET = Pattern.compile("^\\s*[-*•·–▪◦]\\s+");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private ExpectedContent() {
    }

    static List<String> inReadingOrder(DocumentContent content, String templateId) {
        List<String> out = new ArrayList<>();
        Header h = content.header();
        add(out, h.name(), h.title());
        List<String> contact = new ArrayList<>();
        add(contact, h.email(), h.phone(), h.location(), bare(h.linkedin()), bare(h.github()), bare(h.website()));
        switch (content) {
            case ResumeContent resume when templateId.equals("creative") -> {
                out.addAll(contact);
                resume.sections().stream().filter(s -> s instanceof Section.Skills).forEach(s -> section(out, s));
                resume.sections().stream().filter(s -> !(s instanceof Section.Skills)).forEach(s -> section(out, s));
            }
            case ResumeContent resume -> {
                out.addAll(contact);
                resume.sections().forEach(s -> section(out, s));
            }
            case CoverLetterContent letter -> {
                out.addAll(contact);
                Letter l = letter.letter();
                if (l.recipient() != null) {
                    add(out, l.recipient().name(), l.recipient().title(), l.recipient().company(),
                            l.recipient().address());
                }
                add(out, l.subject(), l.greeting());
                l.paragraphs().forEach(p -> add(out, p));
                add(out, l.closing(), l.signature());
            }
        }
        return out;
    }

    private static void section(List<String> out, Section section) {
        switch (section) {
            case Section.Summary s -> add(out, s.content());
            case Section.Skills s -> {
                for (SkillCategory c : s.categories()) {
                    add(out, c.name());
                    for (SkillItem item : c.items()) {
                        switch (item) {
                            case SkillItem.Plain p -> add(out, p.name());
                            case SkillItem.Language l -> add(out, l.name(), l.proficiency());
                            case SkillItem.Certification cert -> add(out, cert.name(), cert.issuer(), cert.credentialId());
                        }
                    }
                }
            }
            case Section.Experience s -> {
                for (ExperienceEntry e : s.entries()) {
                    add(out, e.title(), e.company(), e.location(), e.description());
                    e.bullets().forEach(b -> add(out, b));
                    e.achievements().forEach(a -> add(out, a));
                }
            }
            case Section.Projects s -> {
                for (ProjectEntry p : s.entries()) {
                    add(out, p.name(), p.description());
                    p.technologies().forEach(t -> add(out, t));
                }
            }
            case Section.Education s -> {
                for (EducationEntry e : s.entries()) {
                    add(out, e.degree(), e.fieldOfStudy(), e.institution());
                    e.honors().forEach(x -> add(out, x));
                }
            }
            case Section.Text s -> {
                add(out, s.heading());
                s.paragraphs().forEach(p -> add(out, TYPED_BULLET.matcher(p).replaceFirst("")));
            }
        }
    }

    /** Every bullet of the content: experience bullets and achievements, typed bullets of text sections. */
    static List<String> bullets(DocumentContent content) {
        List<String> out = new ArrayList<>();
        if (content instanceof ResumeContent resume) {
            for (Section s : resume.sections()) {
                if (s instanceof Section.Experience e) {
                    e.entries().forEach(x -> {
                        add(out, x.bullets().toArray(String[]::new));
                        add(out, x.achievements().toArray(String[]::new));
                    });
                } else if (s instanceof Section.Text t) {
                    t.paragraphs().stream().filter(p -> TYPED_BULLET.matcher(p).find())
                            .forEach(p -> add(out, TYPED_BULLET.matcher(p).replaceFirst("")));
                }
            }
        }
        return out;
    }

    /** The bullets without a digit: rule R1 asks each of them to be quantified. */
    static List<String> bulletsWithoutNumbers(DocumentContent content) {
        return bullets(content).stream().filter(b -> !DIGIT.matcher(b).find()).toList();
    }

    /** A URL as shown: without scheme and {@code www.}, no trailing slash. */
    static String bare(String url) {
        if (url == null) {
            return null;
        }
        String s = url.strip().replaceFirst("^(?i)(https?://|mailto:)", "").replaceFirst("^(?i)www\\.", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static void add(List<String> out, String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
    }
}
