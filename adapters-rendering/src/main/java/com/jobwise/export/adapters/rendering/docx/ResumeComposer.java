package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.content.EducationEntry;
import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.content.ProjectEntry;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillCategory;
import com.jobwise.export.domain.content.SkillItem;
import com.jobwise.export.domain.content.EducationEntry;
import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.content.ProjectEntry;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillCategory;
import com.jobwise.export.domain.content.SkillItem;
import com.jobwise.export.adapters.rendering.text.Headings;
import com.jobwise.export.adapters.rendering.text.LinkPolicy;
import com.jobwise.export.adapters.rendering.text.Wording;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays a resume out: the header, then the sections in the generation's order. The creative
 * template puts the contact details and the skills into a shaded sidebar column (a borderless
 * two-column table) next to the other sections; modern sets the skill categories side by side in
 * a borderless two-column table; classic and ats-optimized use one column and no table.
 */
final class ResumeComposer {
    /** A typed bullet at the start of a plain-text line, turned into a real list item. */
    private static final Pattern TYPED_BULLET = Pattern.compile("^\\s*[-*•·–▪◦]\\s+(.*)$", Pattern.DOTALL);
    private static final String DASH = " — ";

    private final DocxWriter w;
    private final DocxLook.Kind kind;
    private final Wording words;

    ResumeComposer(DocxWriter writer) {
        this.w = writer;
        this.kind = writer.look().kind();
        this.words = writer.words();
    }

    void compose(ResumeContent resume) {
        if (kind == DocxLook.Kind.CREATIVE) {
            creative(resume);
            return;
        }
        if (HeaderBlock.hasNameOrTitle(resume.header()) || !HeaderBlock.items(resume.header()).isEmpty()) {
            w.editable("contact_info", () -> HeaderBlock.across(w, resume.header()));
        }
        for (Section section : resume.sections()) {
            section(section);
        }
    }

    private void creative(ResumeContent resume) {
        if (HeaderBlock.hasNameOrTitle(resume.header())) {
            w.editable("contact_info", () -> HeaderBlock.nameAndTitle(w, resume.header()));
        }
        List<Section> side = resume.sections().stream().filter(s -> s instanceof Section.Skills).toList();
        List<Section> main = resume.sections().stream().filter(s -> !(s instanceof Section.Skills)).toList();
        boolean hasContact = !HeaderBlock.items(resume.header()).isEmpty();
        if (side.isEmpty() && !hasContact) {
            main.forEach(this::section);
            return;
        }
        DocxWriter.Columns columns = w.columns(w.look().sidebarPercent(), w.look().sidebarFill());
        w.inside(columns.left(), () -> {
            if (hasContact) {
                w.editable("contact_info", () -> HeaderBlock.list(w, resume.header()));
            }
            side.forEach(this::section);
        });
        w.inside(columns.right(), () -> main.forEach(this::section));
    }

    private void section(Section section) {
        switch (section) {
            case Section.Summary s -> {
                if (XmlText.hasText(s.content())) {
                    w.editable("professional_summary", () -> summary(s));
                }
            }
            case Section.Skills s -> {
                if (!s.categories().isEmpty()) {
                    w.editable("skills", () -> skills(s));
                }
            }
            case Section.Experience s -> {
                if (!s.entries().isEmpty()) {
                    w.editable("experience", () -> experience(s));
                }
            }
            case Section.Projects s -> {
                if (!s.entries().isEmpty()) {
                    w.editable("projects", () -> projects(s));
                }
            }
            case Section.Education s -> {
                if (!s.entries().isEmpty()) {
                    w.editable("education", () -> education(s));
                }
            }
            case Section.Text s -> text(s);
        }
    }

    private void summary(Section.Summary s) {
        w.paragraph(DocxStyles.HEADING_1, Headings.of(s, words));
        XWPFParagraph p = w.paragraph(null);
        w.commented(p, EditingSuggestions.forSummary(s.content()), () -> w.text(p, s.content().strip()));
    }

    private void skills(Section.Skills s) {
        w.paragraph(DocxStyles.HEADING_1, Headings.of(s, words));
        List<SkillCategory> categories = s.categories();
        if (kind == DocxLook.Kind.MODERN && categories.size() > 1) {
            int half = (categories.size() + 1) / 2;
            DocxWriter.Columns columns = w.columns(50, null);
            w.inside(columns.left(), () -> categories.subList(0, half).forEach(c -> keptCategory(c, true)));
            w.inside(columns.right(), () -> categories.subList(half, categories.size())
                    .forEach(c -> keptCategory(c, true)));
            return;
        }
        categories.forEach(c -> keptCategory(c, kind == DocxLook.Kind.CREATIVE));
    }

    private void keptCategory(SkillCategory category, boolean stacked) {
        w.keepTogether(() -> category(category, stacked));
    }

    /**
     * One skill category. Stacked (sidebar, modern columns): the name as {@code heading 2}, then
     * the items. Inline (classic, ats-optimized): {@code Name: a, b, c} on one line. Languages and
     * certifications get one line each when stacked, and certifications are always bullets.
     */
    private void category(SkillCategory category, boolean stacked) {
        List<SkillItem> items = category.items().stream().filter(i -> XmlText.hasText(i.displayText())).toList();
        List<SkillItem> certifications = items.stream().filter(i -> i instanceof SkillItem.Certification).toList();
        List<SkillItem> others = items.stream().filter(i -> !(i instanceof SkillItem.Certification)).toList();
        boolean hasName = XmlText.hasText(category.name());
        boolean languages = others.stream().anyMatch(i -> i instanceof SkillItem.Language);
        if (stacked) {
            if (hasName) {
                w.paragraph(DocxStyles.HEADING_2, category.name().strip());
            }
            if (languages) {
                others.forEach(i -> w.paragraph(null, i.displayText().strip()));
            } else if (!others.isEmpty()) {
                w.paragraph(null, join(others));
            }
        } else if (!others.isEmpty()) {
            XWPFParagraph p = w.paragraph(null);
            if (hasName) {
                w.bold(p, category.name().strip() + ": ");
            }
            w.text(p, join(others));
        } else if (!certifications.isEmpty() && (hasName || kind == DocxLook.Kind.ATS)) {
            w.bold(w.paragraph(null), hasName ? category.name().strip() : words.word("label.certifications"));
        }
        for (SkillItem item : certifications) {
            SkillItem.Certification c = (SkillItem.Certification) item;
            if (stacked) {
                w.paragraph(null, c.name() == null ? null : c.name().strip());
                w.paragraph(DocxStyles.DETAILS, String.join(" · ", details(c)));
            } else {
                w.bullet(certification(c, kind, words), List.of());
            }
        }
    }

    private List<String> details(SkillItem.Certification c) {
        return words.certificationDetails(c.issuer(), c.dateObtained(), c.expiryDate(), c.credentialId());
    }

    /**
     * A certification on one line, as the template's PDF prints it: {@code Name | Issuer | Jun 2023 –
     * Jun 2026 | Credential ID X} for ats-optimized, {@code Name, Issuer · Jun 2023 – Jun 2026 ·
     * Credential ID X} otherwise.
     */
    static String certification(SkillItem.Certification c, DocxLook.Kind kind, Wording words) {
        List<String> details = words.certificationDetails(c.issuer(), c.dateObtained(), c.expiryDate(),
                c.credentialId());
        String name = XmlText.hasText(c.name()) ? c.name().strip() : "";
        if (details.isEmpty()) {
            return name;
        }
        return kind == DocxLook.Kind.ATS ? name + " | " + String.join(" | ", details)
                : name + ", " + String.join(" · ", details);
    }

    private static String join(List<SkillItem> items) {
        return String.join(", ", items.stream().map(i -> i.displayText().strip()).toList());
    }

    private void experience(Section.Experience s) {
        w.paragraph(DocxStyles.HEADING_1, Headings.of(s, words));
        for (ExperienceEntry e : s.entries()) {
            w.keepTogether(() -> experienceEntry(e));
        }
    }

    private void experienceEntry(ExperienceEntry e) {
        String dates = words.range(e.startDate(), e.endDate(), e.isCurrent());
        if (!XmlText.hasText(e.title()) && !XmlText.hasText(e.company()) && dates == null) {
            entryBody(e, null);
            return;
        }
        XWPFParagraph title = w.paragraph(DocxStyles.HEADING_2);
        w.commented(title, EditingSuggestions.forEntry(e.bullets(), e.achievements()), () -> {
            if (kind == DocxLook.Kind.ATS) {
                w.text(title, firstOf(e.title(), e.company()));
            } else {
                w.text(title, joinPresent(DASH, e.title(), e.company()));
                dates(title, dates);
            }
        });
        entryBody(e, dates);
    }

    private void entryBody(ExperienceEntry e, String dates) {
        String details = kind == DocxLook.Kind.ATS
                ? joinPresent(" | ", XmlText.hasText(e.title()) ? e.company() : null, e.location(), dates)
                : e.location();
        w.paragraph(DocxStyles.DETAILS, details);
        w.paragraph(null, e.description());
        for (String bullet : e.bullets()) {
            w.bullet(bullet, EditingSuggestions.forBullet(bullet));
        }
        if (e.achievements().stream().anyMatch(XmlText::hasText)) {
            w.paragraph(DocxStyles.LABEL, achievementsLabel());
        }
        for (String achievement : e.achievements()) {
            w.bullet(achievement, EditingSuggestions.forBullet(achievement));
        }
    }

    /** The label over achievements, as each template's PDF prints it. */
    private String achievementsLabel() {
        return switch (kind) {
            case MODERN -> words.word("label.key_achievements");
            case CLASSIC -> words.word("label.achievements") + ":";
            case CREATIVE -> words.word("label.highlights");
            case ATS -> words.word("label.achievements");
        };
    }

    private void projects(Section.Projects s) {
        w.paragraph(DocxStyles.HEADING_1, Headings.of(s, words));
        for (ProjectEntry project : s.entries()) {
            w.keepTogether(() -> project(project));
        }
    }

    private void project(ProjectEntry project) {
        String dates = words.range(project.startDate(), project.endDate(), false);
        if (XmlText.hasText(project.name()) || (dates != null && kind != DocxLook.Kind.ATS)) {
            XWPFParagraph title = w.paragraph(DocxStyles.HEADING_2);
            w.text(title, project.name());
            if (kind != DocxLook.Kind.ATS) {
                dates(title, dates);
            }
        }
        w.paragraph(null, project.description());
        List<String> technologies = project.technologies().stream().filter(XmlText::hasText).map(String::strip)
                .toList();
        boolean labelled = kind == DocxLook.Kind.CLASSIC || kind == DocxLook.Kind.ATS;
        String details = technologies.isEmpty() ? null
                : (labelled ? words.word("label.technologies") + ": " : "") + String.join(", ", technologies);
        if (kind == DocxLook.Kind.ATS) {
            details = joinPresent(" | ", details, dates);
        }
        LinkPolicy.Link link = XmlText.hasText(project.url()) ? LinkPolicy.web(XmlText.clean(project.url())) : null;
        if (details != null || link != null) {
            XWPFParagraph p = w.paragraph(DocxStyles.DETAILS);
            w.text(p, details);
            if (link != null) {
                if (details != null) {
                    w.text(p, " | ");
                }
                w.link(p, link);
            }
        }
    }

    private void education(Section.Education s) {
        w.paragraph(DocxStyles.HEADING_1, Headings.of(s, words));
        for (EducationEntry e : s.entries()) {
            w.keepTogether(() -> education(e));
        }
    }

    private void education(EducationEntry e) {
        String dates = words.range(e.startDate(), e.endDate(), false);
        String degree = words.degree(XmlText.clean(e.degree()), XmlText.clean(e.fieldOfStudy()));
        String heading = degree == null ? e.institution() : degree;
        if (XmlText.hasText(heading) || (dates != null && kind != DocxLook.Kind.ATS)) {
            XWPFParagraph title = w.paragraph(DocxStyles.HEADING_2);
            w.text(title, heading);
            if (kind != DocxLook.Kind.ATS) {
                dates(title, dates);
            }
        }
        String institution = degree == null ? null : e.institution();
        w.paragraph(DocxStyles.DETAILS, kind == DocxLook.Kind.ATS ? joinPresent(" | ", institution, dates)
                : institution);
        List<String> honors = e.honors().stream().filter(XmlText::hasText).map(XmlText::clean).toList();
        List<String> facts = words.educationDetails(e.gpa(), honors);
        if (!facts.isEmpty()) {
            w.paragraph(null, String.join(kind == DocxLook.Kind.ATS ? " | " : " · ", facts));
        }
    }

    private void text(Section.Text s) {
        List<String> paragraphs = s.paragraphs().stream().filter(XmlText::hasText).toList();
        if (paragraphs.isEmpty() && !XmlText.hasText(s.heading())) {
            return;
        }
        w.paragraph(DocxStyles.HEADING_1, s.heading());
        for (String paragraph : paragraphs) {
            Matcher m = TYPED_BULLET.matcher(paragraph);
            if (m.matches() && XmlText.hasText(m.group(1))) {
                w.bullet(m.group(1), EditingSuggestions.forBullet(m.group(1)));
            } else {
                w.paragraph(null, paragraph.strip());
            }
        }
    }

    private void dates(XWPFParagraph p, String dates) {
        if (dates != null) {
            w.rightTab(p);
            w.subtle(p, dates);
        }
    }

    private static String firstOf(String a, String b) {
        return XmlText.hasText(a) ? a.strip() : XmlText.hasText(b) ? b.strip() : null;
    }

    static String joinPresent(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (XmlText.hasText(part)) {
                present.add(part.strip());
            }
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }
}
