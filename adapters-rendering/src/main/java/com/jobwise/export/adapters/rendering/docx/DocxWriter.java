package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.adapters.rendering.text.LinkPolicy;
import com.jobwise.export.adapters.rendering.text.Wording;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Writes the body of one document: paragraphs and runs into the current block container (the
 * body, a table cell or a content control), real bullet lists, hyperlinks, Word comments, content
 * controls for editable sections and the two-column table of the creative sidebar. Every piece of
 * user text passes through {@link XmlText} here and is counted towards {@link #wordCount()}.
 * One instance per render; not thread-safe.
 */
final class DocxWriter {
    private static final Pattern WORD = Pattern.compile("\\S*[\\p{L}\\p{N}]\\S*");

    private final XWPFDocument document;
    private final DocxLook look;
    private final Wording wording;
    private final DocxComments comments;
    private final List<String> editableRequested;
    private final Set<String> editableApplied = new LinkedHashSet<>();
    private final Deque<Container> containers = new ArrayDeque<>();
    private final BigInteger bulletNumId;
    private boolean highlight;
    private int words;
    private int nextSdtId = 1;
    private boolean firstInCell;
    private List<XWPFParagraph> keepGroup;

    /**
     * Where block-level content goes and how wide it is (twips); {@code cell} is set for a table
     * cell, which must end with a paragraph.
     */
    record Container(Supplier<CTP> paragraph, Supplier<CTTbl> table, Supplier<CTSdtBlock> contentControl,
            int width, CTTc cell) {
        static Container of(CTBody body, int width) {
            return new Container(body::addNewP, body::addNewTbl, body::addNewSdt, width, null);
        }

        static Container of(CTTc cell, int width) {
            return new Container(cell::addNewP, cell::addNewTbl, cell::addNewSdt, width, cell);
        }

        static Container of(CTSdtContentBlock content, int width) {
            return new Container(content::addNewP, content::addNewTbl, content::addNewSdt, width, null);
        }
    }

    /** The two cells of a borderless two-column row. */
    record Columns(Container left, Container right) {
    }

    DocxWriter(XWPFDocument document, DocxLook look, Wording words, boolean withComments, List<String> editable,
            BigInteger bulletNumId) {
        this.document = document;
        this.look = look;
        this.wording = words;
        this.comments = withComments ? new DocxComments(document) : null;
        this.editableRequested = List.copyOf(editable);
        this.bulletNumId = bulletNumId;
        containers.push(Container.of(document.getDocument().getBody(), look.textWidth()));
    }

    DocxLook look() {
        return look;
    }

    /** The words of the document's language (headings, labels, dates). */
    Wording words() {
        return wording;
    }

    /** Words of the visible text written so far: runs of non-space holding a letter or digit. */
    int wordCount() {
        return words;
    }

    /** The requested editable fields that had content to wrap, in the order of the request. */
    List<String> editableApplied() {
        return editableRequested.stream().filter(editableApplied::contains).toList();
    }

    /** Width of the current container in twips. */
    int width() {
        return containers.peek().width();
    }

    /**
     * A new paragraph of {@code styleId} ({@code null}: Normal) in the current container. The first
     * paragraph of a table cell never keeps with the next: LibreOffice then refuses to split the
     * row and moves the whole creative sidebar to the next page.
     */
    XWPFParagraph paragraph(String styleId) {
        XWPFParagraph p = new XWPFParagraph(containers.peek().paragraph().get(), document);
        if (styleId != null) {
            p.setStyle(styleId);
        }
        if (firstInCell) {
            firstInCell = false;
            pPr(p).addNewKeepNext().setVal(STOnOff1.OFF);
        } else if (keepGroup != null) {
            keepGroup.add(p);
        }
        return p;
    }

    /**
     * Runs {@code body} and keeps what it wrote on one page where it fits ("keep with next" on
     * every paragraph but the last), as the PDF templates keep an entry together.
     */
    void keepTogether(Runnable body) {
        if (keepGroup != null) {
            body.run();
            return;
        }
        List<XWPFParagraph> group = new ArrayList<>();
        keepGroup = group;
        try {
            body.run();
        } finally {
            keepGroup = null;
        }
        for (int i = 0; i < group.size() - 1; i++) {
            CTPPr pPr = pPr(group.get(i));
            if (!pPr.isSetKeepNext()) {
                pPr.addNewKeepNext();
            }
        }
    }

    private static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    /** A paragraph of {@code styleId} holding {@code text}; nothing when the text is blank. */
    XWPFParagraph paragraph(String styleId, String text) {
        if (!XmlText.hasText(text)) {
            return null;
        }
        XWPFParagraph p = paragraph(styleId);
        text(p, text);
        return p;
    }

    /** Appends {@code text} as a run; line breaks become {@code w:br}. Returns the run, or null if blank. */
    XWPFRun text(XWPFParagraph p, String text) {
        if (text == null || XmlText.clean(text).isEmpty()) {
            return null;
        }
        XWPFRun run = p.createRun();
        fill(run, text);
        return run;
    }

    /** Appends {@code text} in bold. */
    XWPFRun bold(XWPFParagraph p, String text) {
        XWPFRun run = text(p, text);
        if (run != null) {
            run.setBold(true);
        }
        return run;
    }

    /** Appends {@code text} in the secondary colour, not bold. */
    XWPFRun subtle(XWPFParagraph p, String text) {
        XWPFRun run = text(p, text);
        if (run != null) {
            run.setColor(look.subtleColor());
            run.setBold(false);
        }
        return run;
    }

    /**
     * Appends {@code link}'s text, as a hyperlink when the {@link LinkPolicy} gave it a target,
     * otherwise as plain text; nothing for {@code null}.
     */
    void link(XWPFParagraph p, LinkPolicy.Link link) {
        if (link == null) {
            return;
        }
        if (link.href() == null) {
            text(p, link.text());
            return;
        }
        XWPFHyperlinkRun run = p.createHyperlinkRun(link.href());
        run.setStyle(DocxStyles.HYPERLINK);
        fill(run, link.text());
    }

    /** A tab that jumps to a right-aligned stop at the right edge of the current container. */
    void rightTab(XWPFParagraph p) {
        CTPPr pPr = pPr(p);
        CTTabStop stop = (pPr.isSetTabs() ? pPr.getTabs() : pPr.addNewTabs()).addNewTab();
        stop.setVal(STTabJc.RIGHT);
        stop.setPos(BigInteger.valueOf(width()));
        XWPFRun tab = p.createRun();
        tab.addTab();
        if (highlight) {
            tab.setTextHighlightColor("yellow");
        }
    }

    /** Extra space before and after {@code p}, in twips. */
    static void space(XWPFParagraph p, int before, int after) {
        CTPPr pPr = pPr(p);
        CTSpacing spacing = pPr.isSetSpacing() ? pPr.getSpacing() : pPr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
    }

    /** A bullet: a {@code List Bullet} paragraph with real Word numbering, and its suggestions. */
    XWPFParagraph bullet(String text, List<String> suggestions) {
        if (!XmlText.hasText(text)) {
            return null;
        }
        XWPFParagraph p = paragraph(DocxStyles.LIST_BULLET);
        CTPPr pPr = pPr(p);
        CTNumPr numPr = pPr.addNewNumPr();
        numPr.addNewIlvl().setVal(BigInteger.ZERO);
        numPr.addNewNumId().setVal(bulletNumId);
        commented(p, suggestions, () -> text(p, text.strip()));
        return p;
    }

    /**
     * Writes the runs of {@code p} with {@code body} and, when comments are on and there are
     * suggestions, anchors one Word comment per suggestion on everything {@code body} wrote.
     */
    void commented(XWPFParagraph p, List<String> suggestions, Runnable body) {
        if (comments == null || suggestions.isEmpty()) {
            body.run();
        } else {
            comments.anchor(p, suggestions, body);
        }
    }

    /**
     * Runs {@code body} inside a content control titled and tagged {@code field}, its text
     * highlighted, when {@code field} was asked to be editable; otherwise just runs it.
     */
    void editable(String field, Runnable body) {
        if (!editableRequested.contains(field) || highlight) {
            body.run();
            return;
        }
        CTSdtBlock sdt = containers.peek().contentControl().get();
        CTSdtPr pr = sdt.addNewSdtPr();
        pr.addNewAlias().setVal(field);
        pr.addNewTag().setVal(field);
        pr.addNewId().setVal(BigInteger.valueOf(nextSdtId++));
        CTSdtContentBlock content = sdt.addNewSdtContent();
        containers.push(Container.of(content, width()));
        highlight = true;
        try {
            body.run();
        } finally {
            highlight = false;
            containers.pop();
        }
        if (content.sizeOfPArray() == 0 && content.sizeOfTblArray() == 0 && content.sizeOfSdtArray() == 0) {
            try (XmlCursor cursor = sdt.newCursor()) {
                cursor.removeXml();
            }
        } else {
            editableApplied.add(field);
        }
    }

    /**
     * A borderless one-row table of two columns filling the current container, the left one
     * {@code leftPercent} wide and shaded {@code leftFill}.
     */
    Columns columns(int leftPercent, String leftFill) {
        int total = width();
        int left = total * leftPercent / 100;
        int right = total - left;
        CTTbl table = containers.peek().table().get();
        DocxTables.borderless(table, total);
        spacerAfterTable();
        CTTblGrid grid = table.addNewTblGrid();
        grid.addNewGridCol().setW(BigInteger.valueOf(left));
        grid.addNewGridCol().setW(BigInteger.valueOf(right));
        CTRow row = table.addNewTr();
        boolean shaded = leftFill != null;
        int sidePadding = shaded ? 180 : 0;
        int gutter = shaded ? 360 : 180;
        CTTc leftCell = DocxTables.cell(row, left, leftFill, sidePadding, shaded ? 180 : gutter / 2);
        CTTc rightCell = DocxTables.cell(row, right, null, shaded ? gutter : gutter / 2, 0);
        return new Columns(Container.of(leftCell, left - sidePadding - (shaded ? 180 : gutter / 2)),
                Container.of(rightCell, right - (shaded ? gutter : gutter / 2)));
    }

    /**
     * A one-point empty paragraph right after a table: LibreOffice ignores "keep with next" on a
     * paragraph that directly follows a table and would strand the next heading at a page end.
     */
    private void spacerAfterTable() {
        CTP spacer = containers.peek().paragraph().get();
        CTPPr pPr = spacer.addNewPPr();
        CTSpacing spacing = pPr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(20));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        var size = pPr.addNewRPr().addNewSz();
        size.setVal(BigInteger.TWO);
    }

    /** Runs {@code body} with {@code container} as the current container. */
    void inside(Container container, Runnable body) {
        containers.push(container);
        firstInCell = container.cell() != null;
        try {
            body.run();
        } finally {
            firstInCell = false;
            containers.pop();
        }
        if (container.cell() != null) {
            try (XmlCursor cursor = container.cell().newCursor()) {
                boolean endsWithParagraph = cursor.toLastChild() && cursor.getName().getLocalPart().equals("p");
                if (!endsWithParagraph) {
                    container.paragraph().get();
                }
            }
        }
    }

    private void fill(XWPFRun run, String text) {
        List<String> lines = XmlText.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            String line = lines.get(i);
            if (!line.isEmpty()) {
                run.setText(line, run.getCTR().sizeOfTArray());
                words += countWords(line);
            }
        }
        if (highlight) {
            run.setTextHighlightColor("yellow");
        }
    }

    /** Words of {@code text}: runs of non-space characters holding at least one letter or digit. */
    static int countWords(String text) {
        var m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
