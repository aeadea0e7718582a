package com.jobwise.export.adapters.rendering.markdown;

import com.jobwise.export.adapters.rendering.text.TextOutline;
import com.jobwise.export.adapters.rendering.text.TextOutline.Block;
import com.jobwise.export.adapters.rendering.text.TextOutline.Category;
import com.jobwise.export.adapters.rendering.text.TextOutline.Contact;
import com.jobwise.export.adapters.rendering.text.TextOutline.Entry;
import com.jobwise.export.adapters.rendering.text.TextOutline.LetterBody;
import com.jobwise.export.adapters.rendering.text.TextOutlines;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.RenderedDocument;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * CommonMark: the name as a level-1 heading, headline in bold, contacts on one line (links as
 * {@code [text](<url>)} only for http, https and mailto), a level-2 heading per section, a level-3 heading per
 * entry, bullets as {@code -} lists. The document is built as a commonmark-java node tree and written by its
 * {@link MarkdownRenderer}, which escapes every user string, so user text such as {@code <script>} or
 * {@code [x](javascript:...)} stays text: rendered back to HTML, the document's text is the content's.
 * Honours {@code line_spacing}: 1.5 or more writes loose lists (a blank line between items). Thread-safe.
 */
public final class CommonMarkRenderer implements IDocumentRenderer {
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().build();
    private static final String DOT = " · ";

    @Override
    public ExportFormat format() {
        return ExportFormat.MARKDOWN;
    }

    @Override
    public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
        TextOutline outline = TextOutlines.of(content);
        boolean loose = options.lineSpacing() >= 1.5;
        Document document = new Document();
        header(document, outline);
        if (outline.resume()) {
            for (Block block : outline.sections()) {
                block(document, block, loose);
            }
        } else {
            letter(document, outline.letter());
        }
        String markdown = MARKDOWN.render(document);
        return new RenderedDocument(markdown.getBytes(StandardCharsets.UTF_8), null, Map.of());
    }

    private static void header(Document document, TextOutline outline) {
        if (outline.name() != null) {
            document.appendChild(heading(1, outline.name()));
        }
        if (outline.title() != null) {
            document.appendChild(paragraph(strong(outline.title())));
        }
        if (!outline.contacts().isEmpty()) {
            Paragraph contacts = new Paragraph();
            for (int i = 0; i < outline.contacts().size(); i++) {
                if (i > 0) {
                    contacts.appendChild(new Text(DOT));
                }
                contacts.appendChild(link(outline.contacts().get(i)));
            }
            document.appendChild(contacts);
        }
    }

    private static void block(Document document, Block block, boolean loose) {
        if (block.heading() != null) {
            document.appendChild(heading(2, block.heading()));
        }
        block.paragraphs().forEach(p -> document.appendChild(paragraph(new Text(p))));
        if (!block.categories().isEmpty()) {
            BulletList list = list(loose);
            for (Category c : block.categories()) {
                Paragraph item = new Paragraph();
                String items = String.join(", ", c.items());
                if (c.name() != null) {
                    item.appendChild(strong(items.isEmpty() ? c.name() : c.name() + ":"));
                    if (!items.isEmpty()) {
                        item.appendChild(new Text(" " + items));
                    }
                } else {
                    item.appendChild(new Text(items));
                }
                list.appendChild(listItem(item));
            }
            document.appendChild(list);
        }
        for (Entry e : block.entries()) {
            entry(document, e, loose);
        }
    }

    private static void entry(Document document, Entry e, boolean loose) {
        String title = e.title() != null && e.organisation() != null ? e.title() + " — " + e.organisation()
                : e.title() != null ? e.title() : e.organisation();
        if (title != null) {
            document.appendChild(heading(3, title));
        }
        String where = e.location() != null && e.dates() != null ? e.location() + DOT + e.dates()
                : e.location() != null ? e.location() : e.dates();
        if (where != null) {
            document.appendChild(paragraph(emphasis(where)));
        }
        if (e.description() != null) {
            document.appendChild(paragraph(new Text(e.description())));
        }
        bullets(document, e.bullets(), loose);
        if (!e.highlights().isEmpty()) {
            document.appendChild(paragraph(strong(TextOutlines.HIGHLIGHTS)));
            bullets(document, e.highlights(), loose);
        }
        if (e.details() != null || e.link() != null) {
            Paragraph details = new Paragraph();
            if (e.details() != null) {
                details.appendChild(new Text(e.details()));
            }
            if (e.details() != null && e.link() != null) {
                details.appendChild(new Text(DOT));
            }
            if (e.link() != null) {
                details.appendChild(link(e.link()));
            }
            document.appendChild(details);
        }
    }

    private static void letter(Document document, LetterBody l) {
        if (l.date() != null) {
            document.appendChild(paragraph(new Text(l.date())));
        }
        if (!l.recipient().isEmpty()) {
            Paragraph recipient = new Paragraph();
            for (int i = 0; i < l.recipient().size(); i++) {
                if (i > 0) {
                    recipient.appendChild(new HardLineBreak());
                }
                recipient.appendChild(new Text(l.recipient().get(i)));
            }
            document.appendChild(recipient);
        }
        if (l.subject() != null) {
            document.appendChild(paragraph(strong(l.subject())));
        }
        if (l.greeting() != null) {
            document.appendChild(paragraph(new Text(l.greeting())));
        }
        l.paragraphs().forEach(p -> document.appendChild(paragraph(new Text(p))));
        if (l.closing() != null || l.signature() != null) {
            Paragraph end = new Paragraph();
            if (l.closing() != null) {
                end.appendChild(new Text(l.closing()));
            }
            if (l.closing() != null && l.signature() != null) {
                end.appendChild(new HardLineBreak());
            }
            if (l.signature() != null) {
                end.appendChild(new Text(l.signature()));
            }
            document.appendChild(end);
        }
    }

    private static void bullets(Document document, List<String> bullets, boolean loose) {
        if (bullets.isEmpty()) {
            return;
        }
        BulletList list = list(loose);
        bullets.forEach(b -> list.appendChild(listItem(paragraph(new Text(b)))));
        document.appendChild(list);
    }

    private static Node link(Contact c) {
        if (c.href() == null) {
            return new Text(c.text());
        }
        Link link = new Link(c.href(), null);
        link.appendChild(new Text(c.text()));
        return link;
    }

    private static BulletList list(boolean loose) {
        BulletList list = new BulletList();
        list.setMarker("-");
        list.setTight(!loose);
        return list;
    }

    private static ListItem listItem(Paragraph paragraph) {
        ListItem item = new ListItem();
        item.appendChild(paragraph);
        return item;
    }

    private static Heading heading(int level, String text) {
        Heading heading = new Heading();
        heading.setLevel(level);
        heading.appendChild(new Text(text));
        return heading;
    }

    private static Paragraph paragraph(Node child) {
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(child);
        return paragraph;
    }

    private static Node strong(String text) {
        StrongEmphasis strong = new StrongEmphasis("**");
        strong.appendChild(new Text(text));
        return strong;
    }

    private static Node emphasis(String text) {
        Emphasis emphasis = new Emphasis("*");
        emphasis.appendChild(new Text(text));
        return emphasis;
    }
}
