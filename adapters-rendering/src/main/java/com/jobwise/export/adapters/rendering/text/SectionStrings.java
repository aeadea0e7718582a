package com.jobwise.export.adapters.rendering.text;

import com.jobwise.export.domain.content.EducationEntry;
import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.content.ProjectEntry;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillCategory;
import com.jobwise.export.domain.content.SkillItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strings of one section a reader must find in a produced file, in reading order, raw (the ATS checks
 * normalise them their own way). {@code asPrinted} applies the two rules by which the documents reword what
 * was written: a typed bullet ({@code - text}) loses its marker, and a field of study the degree already
 * holds is printed once, inside the degree.
 */
public final class SectionStrings {
    private static final Pattern TYPED_BULLET = Pattern.compile("^\\s*[-*•·–▪◦]\\s+(.*)$", Pattern.DOTALL);

    private SectionStrings() {
    }

    /** The strings of {@code section}; {@code null} entries are left for the caller to drop. */
    public static List<String> of(Section section, boolean asPrinted) {
        List<String> out = new ArrayList<>();
        switch (section) {
            case Section.Summary s -> out.add(s.content());
            case Section.Text t -> {
                out.add(t.heading());
                for (String p : t.paragraphs()) {
                    Matcher m = asPrinted && p != null ? TYPED_BULLET.matcher(p) : null;
                    out.add(m != null && m.matches() ? m.group(1) : p);
                }
            }
            case Section.Skills s -> {
                for (SkillCategory c : s.categories()) {
                    out.add(c.name());
                    for (SkillItem item : c.items()) {
                        switch (item) {
                            case SkillItem.Plain p -> out.add(p.name());
                            case SkillItem.Language l -> out.addAll(java.util.Arrays.asList(l.name(), l.proficiency()));
                            case SkillItem.Certification cert -> out.addAll(java.util.Arrays.asList(cert.name(), cert.issuer()));
                        }
                    }
                }
            }
            case Section.Experience s -> {
                for (ExperienceEntry e : s.entries()) {
                    out.addAll(java.util.Arrays.asList(e.title(), e.company(), e.location(), e.description()));
                    out.addAll(e.bullets());
                    out.addAll(e.achievements());
                }
            }
            case Section.Projects s -> {
                for (ProjectEntry p : s.entries()) {
                    out.addAll(java.util.Arrays.asList(p.name(), p.description()));
                    out.addAll(p.technologies());
                }
            }
            case Section.Education s -> {
                for (EducationEntry e : s.entries()) {
                    boolean fieldShown = !asPrinted || e.degree() == null
                            || !Objects.equals(Wording.ENGLISH.degree(e.degree(), e.fieldOfStudy()),
                                    Wording.ENGLISH.degree(e.degree(), null));
                    out.addAll(java.util.Arrays.asList(e.degree(), fieldShown ? e.fieldOfStudy() : null, e.institution()));
                    out.addAll(e.honors());
                }
            }
        }
        return out;
    }
}
