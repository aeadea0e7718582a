package com.jobwise.export.adapters.rendering.docx;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.math.BigInteger;

/**
 * The table properties of the layout tables {@link DocxWriter#columns} makes: borderless, fixed
 * layout, no cell margins of their own, cells of a given width (twips), shading and padding.
 */
final class DocxTables {
    private DocxTables() {
    }

    /** Makes {@code table} a borderless, fixed-layout table {@code total} twips wide. */
    static void borderless(CTTbl table, int total) {
        CTTblPr pr = table.addNewTblPr();
        CTTblWidth width = pr.addNewTblW();
        width.setW(BigInteger.valueOf(total));
        width.setType(STTblWidth.DXA);
        CTTblBorders borders = pr.addNewTblBorders();
        for (CTBorder b : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()}) {
            b.setVal(STBorder.NONE);
            b.setSz(BigInteger.ZERO);
            b.setSpace(BigInteger.ZERO);
            b.setColor("auto");
        }
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblCellMar margins = pr.addNewTblCellMar();
        dxa(margins.addNewLeft(), 0);
        dxa(margins.addNewRight(), 0);
        pr.addNewTblLook().setVal(new byte[] {0x04, 0x00});
    }

    /** A cell of {@code width} twips, shaded {@code fill} (or not), with the given side padding. */
    static CTTc cell(CTRow row, int width, String fill, int leftPadding, int rightPadding) {
        CTTc cell = row.addNewTc();
        CTTcPr pr = cell.addNewTcPr();
        CTTblWidth w = pr.addNewTcW();
        w.setW(BigInteger.valueOf(width));
        w.setType(STTblWidth.DXA);
        if (fill != null) {
            var shd = pr.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(fill);
        }
        var margins = pr.addNewTcMar();
        dxa(margins.addNewTop(), fill != null ? 180 : 0);
        dxa(margins.addNewLeft(), leftPadding);
        dxa(margins.addNewBottom(), fill != null ? 180 : 0);
        dxa(margins.addNewRight(), rightPadding);
        return cell;
    }

    private static void dxa(CTTblWidth width, int twips) {
        width.setW(BigInteger.valueOf(twips));
        width.setType(STTblWidth.DXA);
    }

}
