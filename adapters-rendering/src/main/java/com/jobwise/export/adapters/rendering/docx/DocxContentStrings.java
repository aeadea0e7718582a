package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.adapters.rendering.text.LinkPolicy;
import com.jobwise.export.adapters.rendering.text.SectionStrings;
import com.jobwise.export.adapters.rendering.text.Wording;
import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.Header;
import com.jobwise.export.domain.content.Letter;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * The user's strings a reader must find in a DOCX, grouped by block (header, each section, the
 * letter) in content order, each exactly as the document prints it (whitespace folded). Dates
 * and URLs are left out: the document words them ({@link Wording}, shown addresses).
 */
final class DocxContentStrings {

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
        return strings(SectionStrings.of(section, true).toArray(String[]::new));
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
