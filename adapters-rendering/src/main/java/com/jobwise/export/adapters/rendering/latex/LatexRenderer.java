package com.jobwise.export.adapters.rendering.latex;

import com.jobwise.export.adapters.rendering.text.TextOutline;
import com.jobwise.export.adapters.rendering.text.TextOutline.Block;
import com.jobwise.export.adapters.rendering.text.TextOutline.Category;
import com.jobwise.export.adapters.rendering.text.TextOutline.Contact;
import com.jobwise.export.adapters.rendering.text.TextOutline.Entry;
import com.jobwise.export.adapters.rendering.text.TextOutline.LetterBody;
import com.jobwise.export.adapters.rendering.text.TextOutlines;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Margins;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.RenderedDocument;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code tex} format: a LaTeX source of the resume or cover letter in a classic look (centred name and
 * contact line, capitalised section headings over a rule in the accent colour, entries with the dates
 * flush right, compact bullet lists) that compiles unchanged with {@code pdflatex} (TeX Live's
 * {@code texlive-latex-recommended} + {@code lmodern}, or Overleaf) and needs no shell escape: packages
 * fontenc (T1), inputenc (utf8), lmodern, textcomp, geometry, xcolor and hyperref only. Every user string goes
 * through {@link LatexText#escape}, so content prints literally and never runs. Honours {@code font_family}
 * (Helvetica, Arial and Calibri set the text in Latin Modern Sans, the others in Latin Modern Roman),
 * {@code font_size}, {@code line_spacing}, {@code margins}, {@code page_size}, {@code accent_color},
 * {@code header_style} and {@code include_page_numbers}; the template's own layout does not apply.
 * Thread-safe.
 */
public final class LatexRenderer implements IDocumentRenderer {
    private static final Set<String> SANS = Set.of("helvetica", "arial", "calibri");

    @Override
    public ExportFormat format() {
        return ExportFormat.TEX;
    }

    @Override
    public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
        TextOutline outline = TextOutlines.of(content);
        StringBuilder tex = new StringBuilder(8192);
        preamble(tex, outline, template, options);
        tex.append("\\begin{document}\n");
        header(tex, outline);
        if (outline.resume()) {
            outline.sections().forEach(block -> block(tex, block));
        } else {
            letter(tex, outline.letter());
        }
        tex.append("\\end{document}\n");
        return new RenderedDocument(tex.toString().getBytes(StandardCharsets.UTF_8), null, Map.of());
    }

    private static void preamble(StringBuilder tex, TextOutline outline, Template template, TemplateOptions o) {
        String kind = outline.resume() ? "Resume" : "Cover Letter";
        int size = Math.max(9, Math.min(14, o.fontSize()));
        String classSize = size <= 10 ? "10pt" : size == 11 ? "11pt" : "12pt";
        String paper = o.pageSize() == TemplateOptions.PageSize.A4 ? "a4paper" : "letterpaper";
        Margins m = o.margins() == null ? template.defaults().margins() : o.margins();
        TemplateOptions.HeaderStyle style = o.headerStyle() == null ? TemplateOptions.HeaderStyle.BOLD : o.headerStyle();
        String name = outline.name() == null ? kind : outline.name();
        tex.append("% ").append(LatexText.metadata(name)).append(" - ").append(kind).append('\n')
                .append("% Written by the export service. Compile with: pdflatex <file>.tex  (no shell escape needed;\n")
                .append("% TeX Live with texlive-latex-recommended and lmodern, or Overleaf). UTF-8.\n")
                .append("\\documentclass[").append(classSize).append(',').append(paper).append("]{article}\n")
                .append("\\usepackage[T1]{fontenc}\n")
                .append("\\usepackage[utf8]{inputenc}\n")
                .append("\\usepackage{lmodern}\n")
                .append("\\usepackage{textcomp}\n")
                .append("\\usepackage[").append(paper).append(",top=").append(in(m.top())).append(",bottom=")
                .append(in(m.bottom())).append(",left=").append(in(m.left())).append(",right=").append(in(m.right()))
                .append("]{geometry}\n")
                .append("\\usepackage{xcolor}\n")
                .append("\\usepackage[hidelinks]{hyperref}\n")
                .append("\\hypersetup{pdftitle={").append(LatexText.metadata(name + " - " + kind))
                .append("},pdfauthor={").append(LatexText.metadata(outline.name() == null ? "" : outline.name()))
                .append("},pdfsubject={").append(kind).append("},pdflang={")
                .append(LatexText.metadata(outline.lang())).append("}}\n")
                .append("\\definecolor{accent}{HTML}{").append(hex(o.accentColor())).append("}\n");
        if (o.fontFamily() != null && SANS.contains(o.fontFamily().toLowerCase(Locale.ROOT))) {
            tex.append("\\renewcommand{\\familydefault}{\\sfdefault}\n");
        }
        tex.append("\\linespread{").append(number(Math.max(1.0, Math.min(2.0, o.lineSpacing())))).append("}\n")
                .append("\\pagestyle{").append(o.includePageNumbers() ? "plain" : "empty").append("}\n")
                .append("\\setlength{\\parindent}{0pt}\n")
                .append("\\setlength{\\parskip}{0pt}\n")
                .append("\\setlength{\\emergencystretch}{3em}\n")
                // no hyphenation: words stay whole for readers and for text extraction (ATS)
                .append("\\hyphenpenalty=10000\n\\exhyphenpenalty=10000\n")
                .append("\\newcommand{\\cvheading}[1]{\\par\\addvspace{10pt}{\\color{accent}\\large")
                .append(style.bold() ? "\\bfseries" : "").append(' ')
                .append(style.underline() ? "\\underline{#1}" : "#1")
                .append("}\\par\\nopagebreak\\vspace{2pt}{\\color{accent}\\hrule height 0.6pt}\\par\\nopagebreak"
                        + "\\vspace{5pt}}\n")
                .append("\\newenvironment{cvbullets}{\\begin{list}{\\textbullet}{\\setlength{\\leftmargin}{1.3em}"
                        + "\\setlength{\\labelwidth}{0.8em}\\setlength{\\itemsep}{1pt}\\setlength{\\parsep}{0pt}"
                        + "\\setlength{\\topsep}{2pt}\\setlength{\\partopsep}{0pt}}}{\\end{list}}\n")
                .append("\\AtBeginDocument{\\fontsize{").append(size).append("}{").append(number(size * 1.2))
                .append("}\\selectfont\\raggedright}\n");
    }

    private static void header(StringBuilder tex, TextOutline outline) {
        tex.append("\\begin{center}\n");
        if (outline.name() != null) {
            tex.append("{\\LARGE\\bfseries ").append(LatexText.escape(outline.name())).append("}\\par\n");
        }
        if (outline.title() != null) {
            tex.append("\\vspace{3pt}{\\large ").append(LatexText.escape(outline.title())).append("}\\par\n");
        }
        if (!outline.contacts().isEmpty()) {
            // e-mail, phone and location on one line, the web links on the next, so no line ends in a separator
            List<String> basics = new ArrayList<>();
            List<String> links = new ArrayList<>();
            outline.contacts().forEach(c -> (List.of("email", "phone", "location").contains(c.kind()) ? basics : links)
                    .add(link(c)));
            String separator = " \\enspace\\textbar\\enspace{} ";
            tex.append("\\vspace{4pt}{\\small ").append(String.join(separator, basics));
            if (!basics.isEmpty() && !links.isEmpty()) {
                tex.append("\\\\\n");
            }
            tex.append(String.join(separator, links)).append("}\\par\n");
        }
        tex.append("\\end{center}\n");
    }

    private static String link(Contact c) {
        String text = LatexText.escape(c.text());
        return c.href() == null ? text : "\\href{" + LatexText.url(c.href()) + "}{" + text + "}";
    }

    private static void block(StringBuilder tex, Block block) {
        if (block.heading() != null) {
            tex.append("\\cvheading{").append(LatexText.capitals(block.heading())).append("}\n");
        } else {
            tex.append("\\par\\addvspace{10pt}\n");
        }
        for (String p : block.paragraphs()) {
            tex.append(LatexText.escape(p)).append("\\par\\vspace{3pt}\n");
        }
        for (Category c : block.categories()) {
            String items = String.join(", ", c.items().stream().map(LatexText::escape).toList());
            tex.append(c.name() == null ? "" : "\\textbf{" + LatexText.escape(c.name()) + (items.isEmpty() ? "}" : ":} "))
                    .append(items).append("\\par\\vspace{2pt}\n");
        }
        for (Entry e : block.entries()) {
            entry(tex, e);
        }
    }

    private static void entry(StringBuilder tex, Entry e) {
        tex.append("\\par\\addvspace{4pt}\n");
        List<String> first = new ArrayList<>();
        if (e.title() != null) {
            first.add("\\textbf{" + LatexText.escape(e.title()) + "}");
        }
        if (e.organisation() != null) {
            first.add(LatexText.escape(e.organisation()));
        }
        String dates = e.dates() == null ? "" : "\\hfill{}" + LatexText.escape(e.dates());
        if (!first.isEmpty() || !dates.isEmpty()) {
            tex.append(String.join(", ", first)).append(dates).append("\\par\n");
        }
        if (e.location() != null) {
            tex.append("\\textit{").append(LatexText.escape(e.location())).append("}\\par\n");
        }
        if (e.description() != null) {
            tex.append("\\vspace{1pt}").append(LatexText.escape(e.description())).append("\\par\n");
        }
        bullets(tex, e.bullets());
        if (!e.highlights().isEmpty()) {
            tex.append("\\vspace{2pt}\\textit{").append(TextOutlines.HIGHLIGHTS).append("}\\par\n");
            bullets(tex, e.highlights());
        }
        if (e.details() != null || e.link() != null) {
            tex.append("{\\small ");
            if (e.details() != null) {
                tex.append(LatexText.escape(e.details()));
            }
            if (e.details() != null && e.link() != null) {
                tex.append(" \\textbar{} ");
            }
            if (e.link() != null) {
                tex.append(link(e.link()));
            }
            tex.append("}\\par\n");
        }
    }

    private static void bullets(StringBuilder tex, List<String> bullets) {
        if (bullets.isEmpty()) {
            return;
        }
        tex.append("\\begin{cvbullets}\n");
        bullets.forEach(b -> tex.append("\\item ").append(LatexText.escape(b)).append('\n'));
        tex.append("\\end{cvbullets}\n");
    }

    private static void letter(StringBuilder tex, LetterBody l) {
        tex.append("\\vspace{14pt}\n");
        if (l.date() != null) {
            tex.append(LatexText.escape(l.date())).append("\\par\\vspace{12pt}\n");
        }
        if (!l.recipient().isEmpty()) {
            tex.append(String.join("\\\\\n", l.recipient().stream().map(LatexText::escape).toList()))
                    .append("\\par\\vspace{12pt}\n");
        }
        if (l.subject() != null) {
            tex.append("\\textbf{").append(LatexText.escape(l.subject())).append("}\\par\\vspace{10pt}\n");
        }
        if (l.greeting() != null) {
            tex.append(LatexText.escape(l.greeting())).append("\\par\\vspace{8pt}\n");
        }
        for (String p : l.paragraphs()) {
            tex.append(LatexText.escape(p)).append("\\par\\vspace{8pt}\n");
        }
        if (l.closing() != null) {
            tex.append("\\vspace{4pt}").append(LatexText.escape(l.closing())).append("\\par\n");
        }
        if (l.signature() != null) {
            tex.append("\\vspace{24pt}").append(LatexText.escape(l.signature())).append("\\par\n");
        }
    }

    private static String hex(String color) {
        if (color != null && color.matches("#[0-9A-Fa-f]{6}")) {
            return color.substring(1).toUpperCase(Locale.ROOT);
        }
        if (color != null && color.matches("#[0-9A-Fa-f]{3}")) {
            StringBuilder six = new StringBuilder();
            for (char c : color.substring(1).toCharArray()) {
                six.append(c).append(c);
            }
            return six.toString().toUpperCase(Locale.ROOT);
        }
        return "000000";
    }

    private static String in(double inches) {
        return number(inches) + "in";
    }

    private static String number(double v) {
        return new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
