package com.jobwise.export.adapters.rendering.docx;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

import java.math.BigInteger;

/**
 * The styles part and the bullet numbering of a document, made from a {@link DocxLook}. Section
 * titles are Word's built-in {@code heading 1} (outline level 0, so the navigation pane lists them),
 * entry titles {@code heading 2}; bullets are {@code List Bullet} paragraphs tied to one bullet list
 * definition. Every look difference lives in a style, so a user restyles the whole document by
 * changing one style.
 */
final class DocxStyles {
    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String LIST_BULLET = "ListBullet";
    static final String BODY_TEXT = "BodyText";
    static final String CONTACT = "ContactInfo";
    static final String DETAILS = "EntryDetails";
    static final String LABEL = "EntryLabel";
    static final String FOOTER = "Footer";
    static final String HYPERLINK = "Hyperlink";

    private DocxStyles() {
    }

    /**
     * Installs the styles of {@code look} into {@code document}; {@code languageTag} (e.g.
     * {@code fr-FR}) is the language of the text, for Word's proofing and hyphenation.
     */
    static void install(XWPFDocument document, DocxLook look, String languageTag) {
        CTStyles styles = CTStyles.Factory.newInstance();
        DocxLook.Kind kind = look.kind();
        int s = look.bodySize();

        var defaults = styles.addNewDocDefaults();
        CTRPr baseRun = defaults.addNewRPrDefault().addNewRPr();
        fonts(baseRun, look.bodyFont());
        size(baseRun, s);
        baseRun.addNewLang().setVal(languageTag);
        CTPPrGeneral basePara = defaults.addNewPPrDefault().addNewPPr();
        spacing(basePara, 0, 0, look.lineTwips());

        CTStyle normal = paragraph(styles, NORMAL, "Normal", null, null, 0);
        normal.setDefault(Boolean.TRUE);
        spacing(normal.addNewPPr(), 0, 60, null);
        color(normal.addNewRPr(), look.textColor());

        CTStyle font = styles.addNewStyle();
        font.setType(STStyleType.CHARACTER);
        font.setStyleId("DefaultParagraphFont");
        font.setDefault(Boolean.TRUE);
        font.addNewName().setVal("Default Paragraph Font");
        font.addNewUiPriority().setVal(BigInteger.ONE);
        font.addNewSemiHidden();
        font.addNewUnhideWhenUsed();

        CTStyle table = styles.addNewStyle();
        table.setType(STStyleType.TABLE);
        table.setStyleId("TableNormal");
        table.setDefault(Boolean.TRUE);
        table.addNewName().setVal("Normal Table");
        table.addNewUiPriority().setVal(BigInteger.valueOf(99));
        table.addNewSemiHidden();
        table.addNewUnhideWhenUsed();

        // Sizes and spacings follow the PDF templates' CSS, where they are multiples of the body size (em).
        CTStyle title = paragraph(styles, TITLE, "Title", NORMAL, NORMAL, 10);
        CTPPrGeneral titlePara = title.addNewPPr();
        titlePara.addNewKeepNext();
        spacing(titlePara, 0, em(s, 0.2), 240);
        if (kind == DocxLook.Kind.CLASSIC) {
            titlePara.addNewJc().setVal(STJc.CENTER);
        }
        CTRPr titleRun = title.addNewRPr();
        fonts(titleRun, look.headingFont());
        titleRun.addNewB();
        color(titleRun, look.nameColor());
        size(titleRun, half(s, switch (kind) {
            case MODERN -> 2.15;
            case CLASSIC -> 1.9;
            case CREATIVE -> 2.5;
            case ATS -> 1.6;
        }));

        CTStyle subtitle = paragraph(styles, SUBTITLE, "Subtitle", NORMAL, NORMAL, 11);
        CTPPrGeneral subtitlePara = subtitle.addNewPPr();
        subtitlePara.addNewKeepNext();
        spacing(subtitlePara, 0, em(s, 0.3), null);
        if (kind == DocxLook.Kind.CLASSIC) {
            subtitlePara.addNewJc().setVal(STJc.CENTER);
        }
        CTRPr subtitleRun = subtitle.addNewRPr();
        fonts(subtitleRun, look.headingFont());
        switch (kind) {
            case CLASSIC -> subtitleRun.addNewI();
            case MODERN, CREATIVE -> subtitleRun.addNewB();
            case ATS -> {
            }
        }
        color(subtitleRun, switch (kind) {
            case MODERN -> look.headingColor();
            case CREATIVE -> look.subtleColor();
            default -> look.textColor();
        });
        size(subtitleRun, half(s, switch (kind) {
            case MODERN -> 1.1;
            case CREATIVE -> 1.2;
            default -> 1.05;
        }));

        CTStyle contact = paragraph(styles, CONTACT, "Contact Info", NORMAL, NORMAL, 12);
        CTPPrGeneral contactPara = contact.addNewPPr();
        if (kind == DocxLook.Kind.CLASSIC || kind == DocxLook.Kind.MODERN) {
            border(contactPara.addNewPBdr().addNewBottom(), look.ruleColor(), kind == DocxLook.Kind.MODERN ? 16 : 8, 4);
        }
        spacing(contactPara, 0, kind == DocxLook.Kind.CREATIVE ? em(s, 0.45) : em(s, 0.5), null);
        if (kind == DocxLook.Kind.CLASSIC) {
            contactPara.addNewJc().setVal(STJc.CENTER);
        }
        CTRPr contactRun = contact.addNewRPr();
        color(contactRun, look.subtleColor());
        size(contactRun, half(s, kind == DocxLook.Kind.ATS ? 1.0 : 0.88));

        CTStyle h1 = paragraph(styles, HEADING_1, "heading 1", NORMAL, NORMAL, 9);
        CTPPrGeneral h1Para = h1.addNewPPr();
        h1Para.addNewKeepNext();
        h1Para.addNewKeepLines();
        switch (kind) {
            case MODERN -> border(h1Para.addNewPBdr().addNewBottom(), "D7DCE3", 6, 2);
            case CLASSIC -> border(h1Para.addNewPBdr().addNewBottom(), look.ruleColor(), 4, 1);
            case CREATIVE -> {
                var bdr = h1Para.addNewPBdr();
                border(bdr.addNewLeft(), look.accentColor(), 28, 4);
                border(bdr.addNewBottom(), DocxLook.tint(look.headingColor(), 0.7), 8, 1);
            }
            case ATS -> {
            }
        }
        spacing(h1Para, em(s, switch (kind) {
            case MODERN -> 1.15;
            case CLASSIC -> 1.25;
            case CREATIVE -> 1.35;
            case ATS -> 1.5;
        }), em(s, kind == DocxLook.Kind.CLASSIC ? 0.45 : 0.55), 240);
        h1Para.addNewOutlineLvl().setVal(BigInteger.ZERO);
        CTRPr h1Run = h1.addNewRPr();
        fonts(h1Run, look.headingFont());
        if (look.headingBold()) {
            h1Run.addNewB();
        }
        h1Run.addNewCaps();
        if (kind == DocxLook.Kind.MODERN) {
            h1Run.addNewSpacing().setVal(BigInteger.valueOf(10));
        }
        color(h1Run, look.headingColor());
        size(h1Run, half(s, switch (kind) {
            case MODERN -> 0.95;
            case CLASSIC -> 1.02;
            case CREATIVE -> 1.12;
            case ATS -> 1.1;
        }));
        if (look.headingUnderline()) {
            h1Run.addNewU().setVal(STUnderline.SINGLE);
        }

        CTStyle h2 = paragraph(styles, HEADING_2, "heading 2", NORMAL, NORMAL, 9);
        h2.addNewUnhideWhenUsed();
        CTPPrGeneral h2Para = h2.addNewPPr();
        h2Para.addNewKeepNext();
        h2Para.addNewKeepLines();
        spacing(h2Para, em(s, 0.75), 0, null);
        h2Para.addNewOutlineLvl().setVal(BigInteger.ONE);
        CTRPr h2Run = h2.addNewRPr();
        fonts(h2Run, look.bodyFont());
        h2Run.addNewB();
        color(h2Run, kind == DocxLook.Kind.MODERN ? "111827" : look.textColor());
        size(h2Run, half(s, kind == DocxLook.Kind.MODERN ? 1.02 : 1.0));

        CTStyle details = paragraph(styles, DETAILS, "Entry Details", NORMAL, NORMAL, 12);
        CTPPrGeneral detailsPara = details.addNewPPr();
        detailsPara.addNewKeepNext();
        spacing(detailsPara, 0, 40, null);
        CTRPr detailsRun = details.addNewRPr();
        if (kind != DocxLook.Kind.ATS) {
            detailsRun.addNewI();
        }
        color(detailsRun, look.subtleColor());
        size(detailsRun, s - 1);

        CTStyle label = paragraph(styles, LABEL, "Entry Label", NORMAL, LIST_BULLET, 12);
        CTPPrGeneral labelPara = label.addNewPPr();
        labelPara.addNewKeepNext();
        spacing(labelPara, 60, 20, null);
        CTRPr labelRun = label.addNewRPr();
        if (kind == DocxLook.Kind.CLASSIC) {
            labelRun.addNewI();
        } else {
            labelRun.addNewB();
        }
        if (kind == DocxLook.Kind.MODERN || kind == DocxLook.Kind.CREATIVE) {
            labelRun.addNewCaps();
        }
        color(labelRun, kind == DocxLook.Kind.CREATIVE ? look.headingColor() : look.subtleColor());
        size(labelRun, kind == DocxLook.Kind.MODERN || kind == DocxLook.Kind.CREATIVE ? s - 2 : s);

        CTStyle body = paragraph(styles, BODY_TEXT, "Body Text", NORMAL, BODY_TEXT, 0);
        spacing(body.addNewPPr(), 0, 160, null);

        CTStyle list = paragraph(styles, LIST_BULLET, "List Bullet", NORMAL, LIST_BULLET, 0);
        list.addNewUnhideWhenUsed();
        CTPPrGeneral listPara = list.addNewPPr();
        spacing(listPara, 0, em(s, 0.15), null);

        CTStyle footer = paragraph(styles, FOOTER, "footer", NORMAL, null, 99);
        footer.addNewUnhideWhenUsed();
        CTPPrGeneral footerPara = footer.addNewPPr();
        footerPara.addNewJc().setVal(STJc.CENTER);
        CTRPr footerRun = footer.addNewRPr();
        color(footerRun, look.subtleColor());
        size(footerRun, Math.max(s - 4, 14));

        CTStyle link = styles.addNewStyle();
        link.setType(STStyleType.CHARACTER);
        link.setStyleId(HYPERLINK);
        link.addNewName().setVal("Hyperlink");
        link.addNewBasedOn().setVal("DefaultParagraphFont");
        link.addNewUiPriority().setVal(BigInteger.valueOf(99));
        link.addNewUnhideWhenUsed();
        CTRPr linkRun = link.addNewRPr();
        color(linkRun, look.linkColor());
        if (kind == DocxLook.Kind.MODERN || kind == DocxLook.Kind.CREATIVE) {
            linkRun.addNewU().setVal(STUnderline.SINGLE);
        }

        document.createStyles().setStyles(styles);
    }

    /**
     * Adds the one bullet list definition and attaches it to {@code List Bullet}.
     *
     * @return the {@code w:numId} bullet paragraphs carry
     */
    static BigInteger installBullets(XWPFDocument document, DocxLook look) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        String[] glyphs = {"•", "◦", "▪"};
        for (int level = 0; level < glyphs.length; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(glyphs[level]);
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            CTInd ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(360L * (level + 1)));
            ind.setHanging(BigInteger.valueOf(240));
            CTRPr glyph = lvl.addNewRPr();
            fonts(glyph, look.bodyFont());
            color(glyph, look.kind() == DocxLook.Kind.CREATIVE || look.kind() == DocxLook.Kind.MODERN
                    ? look.headingColor() : look.textColor());
        }
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        BigInteger numId = numbering.addNum(abstractId);
        CTStyle list = document.getStyles().getStyle(LIST_BULLET).getCTStyle();
        CTNumPr numPr = list.getPPr().addNewNumPr();
        numPr.addNewNumId().setVal(numId);
        return numId;
    }

    private static CTStyle paragraph(CTStyles styles, String id, String name, String basedOn, String next,
            int priority) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (next != null) {
            style.addNewNext().setVal(next);
        }
        if (priority > 0) {
            style.addNewUiPriority().setVal(BigInteger.valueOf(priority));
        }
        style.addNewQFormat();
        return style;
    }

    /** {@code factor} em of the body size {@code s} (half-points), in half-points. */
    private static int half(int s, double factor) {
        return (int) Math.round(s * factor);
    }

    /** {@code factor} em of the body size {@code s} (half-points), in twips. */
    private static int em(int s, double factor) {
        return (int) Math.round(s * factor * 10);
    }

    static void fonts(CTRPr run, String font) {
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
    }

    static void size(CTRPr run, int halfPoints) {
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    static void color(CTRPr run, String hex) {
        run.addNewColor().setVal(hex);
    }

    static void spacing(CTPPrGeneral paragraph, int before, int after, Integer line) {
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        if (line != null) {
            spacing.setLine(BigInteger.valueOf(line));
            spacing.setLineRule(STLineSpacingRule.AUTO);
        }
    }

    static void border(CTBorder border, String hex, int eighthPoints, int spacePoints) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighthPoints));
        border.setSpace(BigInteger.valueOf(spacePoints));
        border.setColor(hex);
    }
}
