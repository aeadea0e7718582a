package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.Letter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.util.List;

/**
 * Lays a cover letter out in one column for every template: the sender's header as the template
 * draws it (the creative template without its sidebar), then date, recipient, subject, greeting,
 * paragraphs, closing and signature, with room to sign.
 */
final class CoverLetterComposer {
    private final DocxWriter w;

    CoverLetterComposer(DocxWriter writer) {
        this.w = writer;
    }

    void compose(CoverLetterContent content) {
        if (HeaderBlock.hasNameOrTitle(content.header()) || !HeaderBlock.items(content.header()).isEmpty()) {
            w.editable("contact_info", () -> HeaderBlock.across(w, content.header()));
        }
        Letter letter = content.letter();
        boolean any = XmlText.hasText(letter.date()) || letter.recipient() != null || XmlText.hasText(letter.subject())
                || XmlText.hasText(letter.greeting()) || letter.paragraphs().stream().anyMatch(XmlText::hasText)
                || XmlText.hasText(letter.closing()) || XmlText.hasText(letter.signature());
        if (any) {
            w.editable("letter", () -> letter(letter));
        }
    }

    private void letter(Letter letter) {
        XWPFParagraph date = w.paragraph(null, DateText.longDate(letter.date()));
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
        XWPFParagraph signature = w.paragraph(null, letter.signature() == null ? null : letter.signature().strip());
        if (signature != null) {
            DocxWriter.space(signature, 720, 0);
        }
    }
}
