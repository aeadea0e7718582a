package com.jobwise.export.adapters.rendering.docx;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

/**
 * The Word comments of one document ({@code include_comments}): the comments part, created on
 * first use, and comment ids in order. One instance per render; not thread-safe.
 */
final class DocxComments {
    /** Author of the editing suggestions. */
    static final String COMMENT_AUTHOR = "JobWise";

    private final XWPFDocument document;
    private final Calendar date;
    private XWPFComments part;
    private long nextId;

    DocxComments(XWPFDocument document) {
        this.document = document;
        this.date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        date.set(Calendar.MILLISECOND, 0);
    }

    /** Runs {@code body} (which writes the runs of {@code p}) and anchors one comment per suggestion on them. */
    void anchor(XWPFParagraph p, List<String> suggestions, Runnable body) {
        List<BigInteger> ids = new ArrayList<>();
        for (String suggestion : suggestions) {
            BigInteger id = BigInteger.valueOf(nextId++);
            ids.add(id);
            p.getCTP().addNewCommentRangeStart().setId(id);
            if (part == null) {
                part = document.createComments();
            }
            XWPFComment comment = part.createComment(id);
            comment.setAuthor(COMMENT_AUTHOR);
            comment.setInitials("JW");
            comment.setDate(date);
            comment.createParagraph().createRun().setText(XmlText.clean(suggestion));
        }
        body.run();
        for (BigInteger id : ids) {
            p.getCTP().addNewCommentRangeEnd().setId(id);
            CTR reference = p.getCTP().addNewR();
            reference.addNewCommentReference().setId(id);
        }
    }
}
