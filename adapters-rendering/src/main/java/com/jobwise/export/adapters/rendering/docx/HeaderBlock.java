package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.content.Header;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.util.ArrayList;
import java.util.List;

/**
 * The person's name, title and contact details. Across the page (one contact line, items
 * separated by a bar) for most templates; as a list, one item per line, in the creative sidebar.
 * E-mail, LinkedIn, GitHub and website become hyperlinks under the {@link SafeLinks} policy.
 */
final class HeaderBlock {
    /** Separator of the contact line; a bar is what ATS parsers split contact lines on. */
    static final String SEPARATOR = "  |  ";

    private HeaderBlock() {
    }

    /** One contact item: the text shown and the link it may carry ({@code null}: none). */
    record Item(String text, String url) {
    }

    /** Whether {@code header} has a name or a title to show. */
    static boolean hasNameOrTitle(Header header) {
        return XmlText.hasText(header.name()) || XmlText.hasText(header.title());
    }

    /** The contact items of {@code header}, in the spec's field order. */
    static List<Item> items(Header header) {
        List<Item> items = new ArrayList<>();
        if (XmlText.hasText(header.email())) {
            items.add(new Item(header.email().strip(), header.email().strip()));
        }
        if (XmlText.hasText(header.phone())) {
            items.add(new Item(header.phone().strip(), null));
        }
        if (XmlText.hasText(header.location())) {
            items.add(new Item(header.location().strip(), null));
        }
        for (String url : new String[] {header.linkedin(), header.github(), header.website()}) {
            if (XmlText.hasText(url)) {
                items.add(new Item(SafeLinks.display(url), url));
            }
        }
        return items;
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

    /** The contact items one per paragraph, under a {@code Contact} heading. */
    static void list(DocxWriter w, Header header) {
        List<Item> items = items(header);
        if (items.isEmpty()) {
            return;
        }
        w.paragraph(DocxStyles.HEADING_1, "Contact");
        for (Item item : items) {
            item(w, w.paragraph(DocxStyles.CONTACT), item);
        }
    }

    private static void item(DocxWriter w, XWPFParagraph p, Item item) {
        if (item.url() == null) {
            w.text(p, item.text());
        } else {
            w.link(p, item.text(), item.url());
        }
    }
}
