package com.jobwise.export.adapters.rendering.template;

import com.jobwise.export.adapters.rendering.text.Texts;

import com.jobwise.export.adapters.rendering.text.LinkPolicy;
import com.jobwise.export.adapters.rendering.text.Wording;
import com.jobwise.export.domain.content.Header;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header part of the FreeMarker data model: name, title and contact items, each with its
 * label in the document's language and a link only where the {@link LinkPolicy} allows one; and
 * the PDF keywords. Plain maps and strings only.
 */
final class HeaderView {
    private HeaderView() {
    }

    /** The {@code doc.header} map: name, title, contact items ({@code contacts}, {@code basics}, {@code links}). */
    static Map<String, Object> of(Header h, Wording words) {
        Map<String, Object> header = new LinkedHashMap<>();
        DocumentView.put(header, "name", Texts.line(h.name()));
        DocumentView.put(header, "title", Texts.line(h.title()));
        List<Map<String, Object>> contacts = new ArrayList<>();
        List<Map<String, Object>> basics = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        String email = Texts.line(h.email());
        if (email != null) {
            Map<String, Object> item = contact("email", email, LinkPolicy.mailtoHref(email), words);
            basics.add(item);
            header.put("email", item);
        }
        String phone = Texts.line(h.phone());
        if (phone != null) {
            Map<String, Object> item = contact("phone", phone, null, words);
            basics.add(item);
            header.put("phone", item);
        }
        String location = Texts.line(h.location());
        if (location != null) {
            Map<String, Object> item = contact("location", location, null, words);
            basics.add(item);
            header.put("location", item);
        }
        for (String[] link : List.of(new String[] {"linkedin", h.linkedin()}, new String[] {"github", h.github()},
                new String[] {"website", h.website()})) {
            LinkPolicy.Link web = LinkPolicy.web(Texts.line(link[1]));
            if (web != null) {
                Map<String, Object> item = contact(link[0], web.text(), web.href(), words);
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

    /** One contact item: its kind, its label in the document's language, its text and its safe link. */
    static Map<String, Object> contact(String kind, String text, String href, Wording words) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", kind);
        item.put("label", words.word("label." + kind));
        item.put("text", text);
        DocumentView.put(item, "href", href);
        return item;
    }

    /** The PDF keywords: the metadata's {@code top_skills}, else the first eight plain skills. */
    static String keywords(ResumeContent resume) {
        List<String> words = new ArrayList<>();
        if (resume.metadata().get("top_skills") instanceof List<?> top) {
            for (Object o : top) {
                if (o instanceof String s) {
                    DocumentView.addIfPresent(words, Texts.line(s));
                }
            }
        }
        if (words.isEmpty()) {
            for (Section s : resume.sections()) {
                if (s instanceof Section.Skills skills) {
                    skills.categories().stream().flatMap(c -> c.items().stream())
                            .filter(i -> i instanceof SkillItem.Plain).limit(8)
                            .forEach(i -> DocumentView.addIfPresent(words, Texts.line(i.displayText())));
                    break;
                }
            }
        }
        return words.isEmpty() ? null : String.join(", ", words);
    }
}
