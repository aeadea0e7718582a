package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.Letter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.util.List;

/**
 * Lays a cover letter out: the sender's header as the template draws it (creative: name and title,
 * then the contact details in a shaded sidebar column beside the letter, as its PDF), then date,
 * recipient, subject, greeting, paragraphs, closing and signature (the sender's name when the
 * letter has none, as the PDF), with room to sign.
 */
final class CoverLetterComposer {
    private final DocxWriter w;

    CoverLetterComposer(DocxWriter writer) {
        this.w = writer;
    }

    void compose(CoverLetterContent content) {
        Letter letter = content.letter();
        String signature = XmlText.hasText(letter.signature()) ? letter.signature().strip()
                : XmlText.hasText(content.header().name()) ? content.header().name().strip() : null;
        boolean any = XmlText.hasText(letter.date()) || letter.recipient() != null || XmlText.hasText(letter.subject())
                || XmlText.hasText(letter.greeting()) || letter.paragraphs().stream().anyMatch(XmlText::hasText)
                || XmlText.hasText(letter.closing()) || XmlText.hasText(letter.signature());
        Runnable body = () -> {
            if (any) {
                w.editable("letter", () -> letter(letter, signature));
            }
        };
        boolean contacts = !HeaderBlock.items(content.header()).isEmpty();
        if (w.look().kind() == DocxLook.Kind.CREATIVE && contacts) {
            if (HeaderBlock.hasNameOrTitle(content.header())) {
                w.editable("contact_info", () -> HeaderBlock.nameAndTitle(w, content.header()));
            }
            DocxWriter.Columns columns = w.columns(w.look().sidebarPercent(), w.look().sidebarFill());
            w.inside(columns.left(), () -> w.editable("contact_info", () -> HeaderBlock.list(w, content.header())));
            w.inside(columns.right(), body);
            return;
        }
        if (HeaderBlock.hasNameOrTitle(content.header()) || contacts) {
            w.editable("contact_info", () -> HeaderBlock.across(w, content.header()));
        }
        body.run();
    }

    private void letter(Letter letter, String signature) {
        XWPFParagraph date = w.paragraph(null, w.words().longDate(letter.date()));
        if (date != null) {
            DocxWriter.space(date, 240, 240);
        }
        Letter.Recipient r = letter.recipient();
        if (r != null) {
            XWPFParagraph last = null;
            for (String line : new String[] {r.name(), r.title(), r.company(), r.address()}) {
                XWPFParagraph p = w.paragraph(null, line == null ? null : line.strip());
                if (p != null) {
                    DocxWriter.space(p, 0, 0);
                    last = p;
                }
            }
            if (last != null) {
                DocxWriter.space(last, 0, 240);
            }
        }
        if (XmlText.hasText(letter.subject())) {
            XWPFParagraph subject = w.paragraph(DocxStyles.BODY_TEXT);
            w.bold(subject, letter.subject().strip());
        }
        if (XmlText.hasText(letter.greeting())) {
            XWPFParagraph greeting = w.paragraph(DocxStyles.BODY_TEXT);
            w.commented(greeting, EditingSuggestions.forGreeting(letter.greeting()),
                    () -> w.text(greeting, letter.greeting().strip()));
        }
        List<String> paragraphs = letter.paragraphs().stream().filter(XmlText::hasText).toList();
        int total = paragraphs.stream().mapToInt(p -> DocxWriter.countWords(XmlText.clean(p))).sum();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).strip();
            XWPFParagraph p = w.paragraph(DocxStyles.BODY_TEXT);
            w.commented(p, EditingSuggestions.forLetterParagraph(text, i == 0, total), () -> w.text(p, text));
        }
        XWPFParagraph closing = w.paragraph(null, letter.closing() == null ? null : letter.closing().strip());
        if (closing != null) {
            DocxWriter.space(closing, 120, 0);
        }
        XWPFParagraph signed = w.paragraph(null, signature);
        if (signed != null) {
            DocxWriter.space(signed, 720, 0);
        }
    }
}
