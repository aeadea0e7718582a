package com.jobwise.export.adapters.rendering.docx;

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

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's strings a reader must find in a DOCX, grouped by block (header, each section, the
 * letter) in content order, each exactly as the document prints it (whitespace folded). Dates
 * and URLs are left out: the document words them ({@link Wording}, shown addresses).
 */
final class DocxContentStrings {
    private static final Pattern TYPED_BULLET = Pattern.compile("^\\s*[-*•·–▪◦]\\s+(.*)$", Pattern.DOTALL);

    private DocxContentStrings() {
    }

    /** The groups of {@code content}, empty groups dropped. */
    static List<List<String>> groups(DocumentContent content) {
        List<List<String>> groups = new ArrayList<>();
        Header h = content.header();
        groups.add(strings(h.name(), h.title(), h.email(), h.phone(), h.location()));
        switch (content) {
            case ResumeContent resume -> resume.sections().forEach(s -> groups.add(section(s)));
            case CoverLetterContent letter -> groups.add(letter(letter.letter(), h.name()));
        }
        groups.removeIf(List::isEmpty);
        return groups;
    }

    /**
     * Text the document shows around the checked strings that may contain them: the shown form of
     * every web address (a project named {@code pgstream} is also in {@code github.com/x/pgstream}).
     */
    static List<String> context(DocumentContent content) {
        List<String> out = new ArrayList<>();
        Header h = content.header();
        for (String url : new String[] {h.linkedin(), h.github(), h.website()}) {
            addLink(out, url);
        }
        if (content instanceof ResumeContent resume) {
            resume.sections().stream().filter(s -> s instanceof Section.Projects)
                    .flatMap(s -> ((Section.Projects) s).entries().stream()).forEach(p -> addLink(out, p.url()));
        }
        return out;
    }

    private static void addLink(List<String> out, String url) {
        LinkPolicy.Link link = XmlText.hasText(url) ? LinkPolicy.web(XmlText.clean(url)) : null;
        if (link != null) {
            out.add(DocxAtsChecker.normal(link.text()));
        }
    }

    private static List<String> letter(Letter l, String name) {
        List<String> out = new ArrayList<>();
        if (l.recipient() != null) {
            Letter.Recipient r = l.recipient();
            out.addAll(strings(r.name(), r.title(), r.company()));
            if (r.address() != null) {
                out.addAll(strings(XmlText.lines(r.address()).toArray(String[]::new)));
            }
        }
        out.addAll(strings(l.subject(), l.greeting()));
        out.addAll(strings(l.paragraphs().toArray(String[]::new)));
        out.addAll(strings(l.closing(), XmlText.hasText(l.signature()) ? l.signature() : name));
        return out;
    }

    private static List<String> section(Section section) {
        List<String> out = new ArrayList<>();
        switch (section) {
            case Section.Summary s -> out.addAll(strings(s.content()));
            case Section.Text t -> {
                out.addAll(strings(t.heading()));
                for (String p : t.paragraphs()) {
                    Matcher m = p == null ? null : TYPED_BULLET.matcher(p);
                    out.addAll(strings(m != null && m.matches() ? m.group(1) : p));
                }
            }
            case Section.Skills s -> {
                for (SkillCategory c : s.categories()) {
                    out.addAll(strings(c.name()));
                    for (SkillItem item : c.items()) {
                        switch (item) {
                            case SkillItem.Plain p -> out.addAll(strings(p.name()));
                            case SkillItem.Language l -> out.addAll(strings(l.name(), l.proficiency()));
                            case SkillItem.Certification cert -> out.addAll(strings(cert.name(), cert.issuer()));
                        }
                    }
                }
            }
            case Section.Experience s -> {
                for (ExperienceEntry e : s.entries()) {
                    out.addAll(strings(e.title(), e.company(), e.location(), e.description()));
                    out.addAll(strings(e.bullets().toArray(String[]::new)));
                    out.addAll(strings(e.achievements().toArray(String[]::new)));
                }
            }
            case Section.Projects s -> {
                for (ProjectEntry p : s.entries()) {
                    out.addAll(strings(p.name(), p.description()));
                    out.addAll(strings(p.technologies().toArray(String[]::new)));
                }
            }
            case Section.Education s -> {
                for (EducationEntry e : s.entries()) {
                    // a field the degree already holds is printed once, inside the degree
                    boolean fieldShown = !java.util.Objects.equals(Wording.ENGLISH.degree(e.degree(), e.fieldOfStudy()),
                            Wording.ENGLISH.degree(e.degree(), null)) || e.degree() == null;
                    out.addAll(strings(e.degree(), fieldShown ? e.fieldOfStudy() : null, e.institution()));
                    out.addAll(strings(e.honors().toArray(String[]::new)));
                }
            }
        }
        return out;
    }

    private static List<String> strings(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            String n = DocxAtsChecker.normal(v);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }
}
