package com.jobwise.export.adapters.rendering.csv;

import com.jobwise.export.adapters.rendering.text.TextOutline;
import com.jobwise.export.adapters.rendering.text.TextOutline.Block;
import com.jobwise.export.adapters.rendering.text.TextOutline.Category;
import com.jobwise.export.adapters.rendering.text.TextOutline.Contact;
import com.jobwise.export.adapters.rendering.text.TextOutline.Entry;
import com.jobwise.export.adapters.rendering.text.TextOutline.LetterBody;
import com.jobwise.export.adapters.rendering.text.TextOutlines;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.RenderingFailedException;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.RenderedDocument;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A spreadsheet of the document, one row per entry, with Apache Commons CSV: RFC 4180 (comma, double quotes,
 * CRLF), UTF-8 with a byte order mark so spreadsheets open accents right, and the header row
 * {@link #COLUMNS}. Rows: the contact block, the summary, one per skill category, one per position, project
 * and degree, one per text section; a cover letter gives its recipient and one row per part of the letter.
 * Several bullets share their cell, one per line. Every cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is prefixed with {@code '} so no spreadsheet runs it as a formula
 * (OWASP "CSV injection"). No layout option applies; the template is not used. Thread-safe.
 */
public final class CommonsCsvRenderer implements IDocumentRenderer {
    /** The header row. */
    public static final List<String> COLUMNS = List.of("section", "title", "organisation", "location", "start", "end",
            "description", "bullets");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
            .get();

    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }

    @Override
    public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
        TextOutline outline = TextOutlines.of(content);
        List<List<String>> rows = new ArrayList<>();
        rows.add(contact(outline));
        if (outline.resume()) {
            outline.sections().forEach(block -> rows.addAll(rows(block)));
        } else {
            rows.addAll(letter(outline.letter()));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        bytes.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CommonsCsvRenderer::neutralise).toList());
            }
        } catch (IOException e) {
            throw new RenderingFailedException("CSV could not be written: " + e.getMessage(), e);
        }
        return new RenderedDocument(bytes.toByteArray(), null, Map.of("row_count", rows.size()));
    }

    /**
     * {@code value} safe for a spreadsheet cell: a leading {@code =}, {@code +}, {@code -}, {@code @}, tab or
     * carriage return gets a {@code '} before it; {@code null} becomes empty.
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static List<String> contact(TextOutline outline) {
        List<String> lines = new ArrayList<>();
        for (Contact c : outline.contacts()) {
            boolean link = c.href() != null && !c.kind().equals("email");
            lines.add(c.label() + ": " + (link ? c.href() : c.text()));
        }
        String location = outline.contacts().stream().filter(c -> c.kind().equals("location")).map(Contact::text)
                .findFirst().orElse(null);
        return row("Contact", outline.name(), null, location, null, null, outline.title(), lines);
    }

    private static List<List<String>> rows(Block block) {
        String section = block.heading() == null ? "" : block.heading();
        List<List<String>> rows = new ArrayList<>();
        if (!block.paragraphs().isEmpty() || block.kind().equals("text") && block.entries().isEmpty()) {
            rows.add(row(section, null, null, null, null, null, String.join("\n\n", block.paragraphs()), List.of()));
        }
        for (Category c : block.categories()) {
            rows.add(row(section, c.name(), null, null, null, null, null, c.items()));
        }
        for (Entry e : block.entries()) {
            List<String> bullets = new ArrayList<>(e.bullets());
            e.highlights().forEach(h -> bullets.add(TextOutlines.HIGHLIGHTS + ": " + h));
            String description = e.description();
            if (e.details() != null) {
                description = description == null ? e.details() : description + "\n" + e.details();
            }
            if (e.link() != null) {
                String url = e.link().href() != null ? e.link().href() : e.link().text();
                description = description == null ? url : description + "\n" + url;
            }
            rows.add(row(section, e.title(), e.organisation(), e.location(), e.start(), e.end(), description, bullets));
        }
        return rows;
    }

    private static List<List<String>> letter(LetterBody l) {
        List<List<String>> rows = new ArrayList<>();
        List<String> recipient = l.recipient();
        rows.add(row("Recipient", recipient.isEmpty() ? null : recipient.get(0), null, null, null, null,
                recipient.size() > 1 ? String.join("\n", recipient.subList(1, recipient.size())) : null, List.of()));
        rows.add(row("Letter", "Date", null, null, l.date(), null, null, List.of()));
        rows.add(row("Letter", "Subject", null, null, null, null, l.subject(), List.of()));
        rows.add(row("Letter", "Greeting", null, null, null, null, l.greeting(), List.of()));
        for (int i = 0; i < l.paragraphs().size(); i++) {
            rows.add(row("Letter", "Paragraph " + (i + 1), null, null, null, null, l.paragraphs().get(i), List.of()));
        }
        rows.add(row("Letter", "Closing", null, null, null, null, l.closing(), List.of()));
        rows.add(row("Letter", "Signature", null, null, null, null, l.signature(), List.of()));
        return rows.stream().filter(r -> !r.get(6).isEmpty() || !r.get(1).isEmpty() && !r.get(0).equals("Letter")
                || !r.get(4).isEmpty()).toList();
    }

    private static List<String> row(String section, String title, String organisation, String location, String start,
                                    String end, String description, List<String> bullets) {
        return java.util.Arrays.asList(nz(section), nz(title), nz(organisation), nz(location), nz(start), nz(end),
                nz(description), String.join("\n", bullets));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
