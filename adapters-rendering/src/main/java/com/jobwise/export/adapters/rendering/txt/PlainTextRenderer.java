package com.jobwise.export.adapters.rendering.txt;

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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain UTF-8 text, what an applicant tracking system reads best: the name, headline and contact details on
 * their own lines, section headings in capitals, one line per entry heading, date range, description and
 * bullet ({@code - } prefix), no markup of any kind; LF line ends. Honours {@code line_spacing}: 1.5 or more
 * double-spaces the text. The template's look does not apply. Thread-safe.
 */
public final class PlainTextRenderer implements IDocumentRenderer {
    private static final String BULLET = "- ";

    @Override
    public ExportFormat format() {
        return ExportFormat.TXT;
    }

    @Override
    public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
        TextOutline outline = TextOutlines.of(content);
        List<String> lines = outline.resume() ? resume(outline) : letter(outline);
        boolean doubleSpaced = options.lineSpacing() >= 1.5;
        StringBuilder out = new StringBuilder(4096);
        for (String line : lines) {
            out.append(line).append('\n');
            if (doubleSpaced && !line.isEmpty()) {
                out.append('\n');
            }
        }
        String text = out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
        return new RenderedDocument(text.getBytes(StandardCharsets.UTF_8), null,
                Map.of("word_count", text.split("\\s+").length, "line_count", text.split("\n").length));
    }

    private static List<String> header(TextOutline outline) {
        List<String> lines = new ArrayList<>();
        add(lines, outline.name());
        add(lines, outline.title());
        for (Contact c : outline.contacts()) {
            boolean link = c.href() != null && !c.kind().equals("email");
            lines.add(c.label() + ": " + (link ? c.href() : c.text()));
        }
        return lines;
    }

    private static List<String> resume(TextOutline outline) {
        List<String> lines = header(outline);
        for (Block block : outline.sections()) {
            lines.add("");
            if (block.heading() != null) {
                lines.add(block.heading().toUpperCase(Locale.ROOT));
            }
            lines.addAll(block.paragraphs());
            for (Category c : block.categories()) {
                String items = String.join(", ", c.items());
                lines.add(c.name() == null ? items : items.isEmpty() ? c.name() : c.name() + ": " + items);
            }
            for (int i = 0; i < block.entries().size(); i++) {
                if (i > 0) {
                    lines.add("");
                }
                lines.addAll(entry(block.entries().get(i)));
            }
        }
        return lines;
    }

    private static List<String> entry(Entry e) {
        List<String> lines = new ArrayList<>();
        List<String> heading = new ArrayList<>();
        add(heading, e.title());
        add(heading, e.organisation());
        add(heading, e.location());
        if (!heading.isEmpty()) {
            lines.add(String.join(", ", heading));
        }
        add(lines, e.dates());
        add(lines, e.description());
        e.bullets().forEach(b -> lines.add(BULLET + b));
        if (!e.highlights().isEmpty()) {
            lines.add(TextOutlines.HIGHLIGHTS + ":");
            e.highlights().forEach(h -> lines.add(BULLET + h));
        }
        add(lines, e.details());
        if (e.link() != null) {
            lines.add(e.link().href() != null ? e.link().href() : e.link().text());
        }
        return lines;
    }

    private static List<String> letter(TextOutline outline) {
        List<String> lines = header(outline);
        LetterBody l = outline.letter();
        if (l.date() != null) {
            lines.add("");
            lines.add(l.date());
        }
        if (!l.recipient().isEmpty()) {
            lines.add("");
            lines.addAll(l.recipient());
        }
        if (l.subject() != null) {
            lines.add("");
            lines.add(l.subject());
        }
        if (l.greeting() != null) {
            lines.add("");
            lines.add(l.greeting());
        }
        for (String p : l.paragraphs()) {
            lines.add("");
            lines.add(p);
        }
        lines.add("");
        add(lines, l.closing());
        add(lines, l.signature());
        return lines;
    }

    private static void add(List<String> lines, String value) {
        if (value != null) {
            lines.add(value);
        }
    }
}
