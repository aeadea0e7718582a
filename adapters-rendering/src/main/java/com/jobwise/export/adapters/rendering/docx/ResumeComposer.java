package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.content.EducationEntry;
import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.content.ProjectEntry;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillCategory;
import com.jobwise.export.domain.content.SkillItem;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.math.BigDecimal;
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
    /** Section titles, as the reader sees them. */
    static final String SUMMARY = "Professional Summary";
    static final String SKILLS = "Skills";
    static final String EXPERIENCE = "Experience";
    static final String PROJECTS = "Projects";
    static final String EDUCATION = "Education";

    /** A typed bullet at the start of a plain-text line, turned into a real list item. */
    private static final Pattern TYPED_BULLET = Pattern.compile("^\\s*[-*•·–▪◦]\\s+(.*)$", Pattern.DOTALL);
    private static final String DASH = " — ";

    private final DocxWriter w;
    private final DocxLook.Kind kind;

    ResumeComposer(DocxWriter writer) {
        this.w = writer;
        this.kind = writer.look().kind();
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
        w.paragraph(DocxStyles.HEADING_1, SUMMARY);
        XWPFParagraph p = w.paragraph(null);
        w.commented(p, EditingSuggestions.forSummary(s.content()), () -> w.text(p, s.content().strip()));
    }

    private void skills(Section.Skills s) {
        w.paragraph(DocxStyles.HEADING_1, SKILLS);
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
        } else if (hasName && !certifications.isEmpty()) {
            w.bold(w.paragraph(null), category.name().strip());
        }
        for (SkillItem item : certifications) {
            w.bullet(certification((SkillItem.Certification) item), List.of());
        }
    }

    /** {@code Name — Issuer (Mar 2024, valid until Mar 2027, credential ID X)}. */
    static String certification(SkillItem.Certification c) {
        List<String> details = new ArrayList<>();
        String obtained = DateText.month(c.dateObtained());
        if (obtained != null) {
            details.add(obtained);
        }
        String expiry = DateText.month(c.expiryDate());
        if (expiry != null) {
            details.add("valid until " + expiry);
        }
        if (XmlText.hasText(c.credentialId())) {
            details.add("credential ID " + c.credentialId().strip());
        }
        return details.isEmpty() ? c.displayText() : c.displayText() + " (" + String.join(", ", details) + ")";
    }

    private static String join(List<SkillItem> items) {
        return String.join(", ", items.stream().map(i -> i.displayText().strip()).toList());
    }

    private void experience(Section.Experience s) {
        w.paragraph(DocxStyles.HEADING_1, EXPERIENCE);
        for (ExperienceEntry e : s.entries()) {
            w.keepTogether(() -> experienceEntry(e));
        }
    }

    private void experienceEntry(ExperienceEntry e) {
        String dates = DateText.range(e.startDate(), e.endDate(), e.isCurrent());
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
            case MODERN -> "Key achievements";
            case CLASSIC -> "Achievements:";
            case CREATIVE -> "Highlights";
            case ATS -> "Achievements";
        };
    }

    private void projects(Section.Projects s) {
        w.paragraph(DocxStyles.HEADING_1, PROJECTS);
        for (ProjectEntry project : s.entries()) {
            w.keepTogether(() -> project(project));
        }
    }

    private void project(ProjectEntry project) {
        String dates = DateText.range(project.startDate(), project.endDate(), project.endDate() == null
                && project.startDate() != null);
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
        String details = technologies.isEmpty() ? null : "Technologies: " + String.join(", ", technologies);
        if (kind == DocxLook.Kind.ATS) {
            details = joinPresent(" | ", details, dates);
        }
        boolean link = XmlText.hasText(project.url());
        if (details != null || link) {
            XWPFParagraph p = w.paragraph(DocxStyles.DETAILS);
            w.text(p, details);
            if (link) {
                if (details != null) {
                    w.text(p, " | ");
                }
                w.link(p, SafeLinks.display(project.url()), project.url());
            }
        }
    }

    private void education(Section.Education s) {
        w.paragraph(DocxStyles.HEADING_1, EDUCATION);
        for (EducationEntry e : s.entries()) {
            w.keepTogether(() -> education(e));
        }
    }

    private void education(EducationEntry e) {
        String dates = DateText.range(e.startDate(), e.endDate(), false);
        String degree = XmlText.hasText(e.degree()) && XmlText.hasText(e.fieldOfStudy())
                ? e.degree().strip() + " in " + e.fieldOfStudy().strip()
                : firstOf(e.degree(), e.fieldOfStudy());
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
        List<String> facts = new ArrayList<>();
        if (e.gpa() != null) {
            facts.add("GPA: " + gpa(e.gpa()));
        }
        List<String> honors = e.honors().stream().filter(XmlText::hasText).map(String::strip).toList();
        if (!honors.isEmpty()) {
            facts.add("Honors: " + String.join(", ", honors));
        }
        if (!facts.isEmpty()) {
            w.paragraph(null, String.join(" | ", facts));
        }
    }

    /** {@code 3.8} stays {@code 3.8}, {@code 4} becomes {@code 4.0}, {@code 3.856} becomes {@code 3.86}. */
    static String gpa(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1).toPlainString() : d.toPlainString();
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
