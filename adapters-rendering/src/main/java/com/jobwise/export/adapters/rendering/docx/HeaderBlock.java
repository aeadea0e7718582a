package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.content.Header;
import com.jobwise.export.domain.content.Header;
import com.jobwise.export.adapters.rendering.text.Headings;
import com.jobwise.export.adapters.rendering.text.LinkPolicy;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.util.ArrayList;
import java.util.List;

/**
 * The person's name, title and contact details. Across the page (one contact line, items
 * separated by a bar) for most templates; as a list, one item per line, in the creative sidebar.
 * E-mail, LinkedIn, GitHub and website become hyperlinks under the {@link LinkPolicy}, the same
 * links and texts as the PDF.
 */
final class HeaderBlock {
    /** Separator of the contact line; a bar is what ATS parsers split contact lines on. */
    static final String SEPARATOR = "  |  ";

    private HeaderBlock() {
    }

    /** One contact item: its word-list key ({@code email}, {@code linkedin}...) and its text and link. */
    record Item(String kind, LinkPolicy.Link link) {
    }

    /** Whether {@code header} has a name or a title to show. */
    static boolean hasNameOrTitle(Header header) {
        return XmlText.hasText(header.name()) || XmlText.hasText(header.title());
    }

    /** The contact items of {@code header}, in the spec's field order. */
    static List<Item> items(Header header) {
        List<Item> items = new ArrayList<>();
        add(items, "email", XmlText.hasText(header.email()) ? LinkPolicy.email(XmlText.clean(header.email())) : null);
        add(items, "phone", plain(header.phone()));
        add(items, "location", plain(header.location()));
        add(items, "linkedin", XmlText.hasText(header.linkedin()) ? LinkPolicy.web(XmlText.clean(header.linkedin())) : null);
        add(items, "github", XmlText.hasText(header.github()) ? LinkPolicy.web(XmlText.clean(header.github())) : null);
        add(items, "website", XmlText.hasText(header.website()) ? LinkPolicy.web(XmlText.clean(header.website())) : null);
        return items;
    }

    private static LinkPolicy.Link plain(String text) {
        return XmlText.hasText(text) ? new LinkPolicy.Link(text.strip(), null) : null;
    }

    private static void add(List<Item> items, String kind, LinkPolicy.Link link) {
        if (link != null) {
            items.add(new Item(kind, link));
        }
    }

    /** Name, title and the contact line. */
    static void across(DocxWriter w, Header header) {
        nameAndTitle(w, header);
        List<Item> items = items(header);
        if (!items.isEmpty()) {
            XWPFParagraph p = w.paragraph(DocxStyles.CONTACT);
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    w.text(p, SEPARATOR);
                }
                item(w, p, items.get(i));
            }
        }
    }

    /** Name and title only. */
    static void nameAndTitle(DocxWriter w, Header header) {
        if (XmlText.hasText(header.name())) {
            XWPFParagraph name = w.paragraph(DocxStyles.TITLE);
            w.commented(name, EditingSuggestions.forHeader(header), () -> w.text(name, header.name().strip()));
        }
        w.paragraph(DocxStyles.SUBTITLE, header.title());
    }

    /**
     * The contact items under a {@code Contact} heading, each as a small label line ({@code Email})
     * over its value, as the creative PDF's sidebar shows them.
     */
    static void list(DocxWriter w, Header header) {
        List<Item> items = items(header);
        if (items.isEmpty()) {
            return;
        }
        w.paragraph(DocxStyles.HEADING_1, Headings.contact(w.words()));
        for (Item item : items) {
            XWPFParagraph label = w.paragraph(DocxStyles.LABEL, w.words().word("label." + item.kind()));
            DocxWriter.space(label, 0, 0);
            item(w, w.paragraph(DocxStyles.CONTACT), item);
        }
    }

    private static void item(DocxWriter w, XWPFParagraph p, Item item) {
        w.link(p, item.link());
    }
}
