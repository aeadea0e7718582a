package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.Letter;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillItem;

import java.util.ArrayList;
import java.util.List;

/** The user strings of a content model, in content order, for comparing with extracted text. */
public final class ContentStrings {
    private ContentStrings() {
    }

    /** Name, email, titles, companies, bullets, paragraphs and every other text field, in order. */
    public static List<String> of(DocumentContent content) {
        List<String> out = new ArrayList<>();
        add(out, content.header().name(), content.header().title(), content.header().email(),
                content.header().phone(), content.header().location());
        switch (content) {
            case ResumeContent r -> {
                for (Section s : r.sections()) {
                    switch (s) {
                        case Section.Summary sum -> add(out, sum.content());
                        case Section.Text t -> {
                            add(out, t.heading());
                            t.paragraphs().forEach(p -> add(out, p));
                        }
                        case Section.Skills sk -> sk.categories().forEach(c -> {
                            add(out, c.name());
                            c.items().forEach(i -> {
                                switch (i) {
                                    case SkillItem.Plain p -> add(out, p.name());
                                    case SkillItem.Language l -> add(out, l.name(), l.proficiency());
                                    case SkillItem.Certification cert -> add(out, cert.name(), cert.issuer());
                                }
                            });
                        });
                        case Section.Experience e -> e.entries().forEach(j -> {
                            add(out, j.title(), j.company(), j.location(), j.description());
                            j.bullets().forEach(b -> add(out, b));
                            j.achievements().forEach(a -> add(out, a));
                        });
                        case Section.Projects p -> p.entries().forEach(j -> {
                            add(out, j.name(), j.description());
                            j.technologies().forEach(t -> add(out, t));
                        });
                        case Section.Education ed -> ed.entries().forEach(j -> {
                            add(out, j.degree(), j.fieldOfStudy(), j.institution());
                            j.honors().forEach(h -> add(out, h));
                        });
                    }
                }
            }
            case CoverLetterContent c -> {
                Letter l = c.letter();
                if (l.recipient() != null) {
                    add(out, l.recipient().name(), l.recipient().title(), l.recipient().company(), l.recipient().address());
                }
                add(out, l.subject(), l.greeting());
                l.paragraphs().forEach(p -> add(out, p));
                add(out, l.closing(), l.signature());
            }
        }
        return out;
    }

    private static void add(List<String> out, String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
    }
}
