package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.adapters.rendering.text.Wording;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import java.math.BigInteger;
import java.util.List;

/**
 * The section properties of a document: page size and margins from the {@link DocxLook} and, when
 * page numbers are asked, a footer {@code Page N of M} with {@code PAGE} and {@code NUMPAGES}
 * fields, its words in the document's language.
 */
final class DocxSection {
    private DocxSection() {
    }

    /** Page size, margins and, when asked, a footer with {@code Page N of M} fields. */
    static void finish(XWPFDocument document, DocxLook look, Wording wording) {
        CTBody body = document.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(look.pageWidth()));
        size.setH(BigInteger.valueOf(look.pageHeight()));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(DocxLook.twips(look.margins().top())));
        margins.setBottom(BigInteger.valueOf(DocxLook.twips(look.margins().bottom())));
        margins.setLeft(BigInteger.valueOf(DocxLook.twips(look.margins().left())));
        margins.setRight(BigInteger.valueOf(DocxLook.twips(look.margins().right())));
        int edge = Math.min(720, DocxLook.twips(Math.min(look.margins().top(), look.margins().bottom())) / 2);
        margins.setHeader(BigInteger.valueOf(edge));
        margins.setFooter(BigInteger.valueOf(edge));
        margins.setGutter(BigInteger.ZERO);
        if (look.pageNumbers()) {
            XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph p = footer.createParagraph();
            p.setStyle(DocxStyles.FOOTER);
            List<String> around = wording.pageOf();
            footerText(p, around.get(0));
            field(p, "PAGE");
            footerText(p, around.get(1));
            field(p, "NUMPAGES");
            footerText(p, around.get(2));
        }
    }

    private static void footerText(XWPFParagraph p, String text) {
        if (!text.isEmpty()) {
            XWPFRun run = p.createRun();
            run.setText(text, 0);
            run.getCTR().getTArray(0).setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }

    private static void field(XWPFParagraph p, String instruction) {
        CTR begin = p.getCTP().addNewR();
        begin.addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTR code = p.getCTP().addNewR();
        var instr = code.addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        CTR separate = p.getCTP().addNewR();
        separate.addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        CTR result = p.getCTP().addNewR();
        result.addNewT().setStringValue("1");
        CTR end = p.getCTP().addNewR();
        end.addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
