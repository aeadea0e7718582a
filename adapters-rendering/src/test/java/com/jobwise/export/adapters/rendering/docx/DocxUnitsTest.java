package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.content.SkillItem;
import com.jobwise.export.adapters.rendering.text.Wording;
import com.jobwise.export.domain.content.SkillItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules the layout relies on: text cleaning, fonts, colours, certifications (links and dates: {@code text}). */
class DocxUnitsTest {

    @Test
    void cleaningRemovesWhatXmlCannotHoldAndKeepsEverythingElse() {
        assertThat(XmlText.clean("a\u0000b\u0008c\u000Bd\u001Fe")).isEqualTo("abcde");
        assertThat(XmlText.clean("tab\there\nline\r\n")).isEqualTo("tab\there\nline\r\n");
        assertThat(XmlText.clean("lone \uD800 high, lone \uDC00 low")).isEqualTo("lone  high, lone  low");
        assertThat(XmlText.clean("pair 🚀 kept")).isEqualTo("pair 🚀 kept");
        assertThat(XmlText.clean("C1 \u0085\u009F gone, \uFFFE\uFFFF too")).isEqualTo("C1  gone,  too");
        assertThat(XmlText.clean("Zoë Łukasiewicz-Müller, Nguyễn, Ελένη, Дмитрий, 12 €")).isEqualTo(
                "Zoë Łukasiewicz-Müller, Nguyễn, Ελένη, Дмитрий, 12 €");
        assertThat(XmlText.clean(null)).isEmpty();
        assertThat(XmlText.lines("one\r\ntwo\nthree\u2028four\tfive")).containsExactly("one", "two", "three", "four five");
    }

    @Test
    void fontFamiliesMapToNamesWordKnows() {
        assertThat(FontNames.word("Helvetica", "X")).isEqualTo("Arial");
        assertThat(FontNames.word("times", "X")).isEqualTo("Times New Roman");
        assertThat(FontNames.word("Times New Roman", "X")).isEqualTo("Times New Roman");
        assertThat(FontNames.word("Georgia", "X")).isEqualTo("Georgia");
        assertThat(FontNames.word("Calibri", "X")).isEqualTo("Calibri");
        assertThat(FontNames.word("Comic Sans", "X")).isEqualTo("X");
    }

    @Test
    void lightSecondaryColoursAreDarkenedToReadableContrast() {
        assertThat(DocxLook.darken("000000")).isEqualTo("000000");
        String sky = DocxLook.darken("0EA5E9");
        assertThat(sky).isNotEqualTo("0EA5E9");
        assertThat(contrastOnWhite(sky)).isGreaterThanOrEqualTo(4.5);
        assertThat(DocxLook.tint("7C3AED", 0.9)).isEqualTo("F2EBFD");
    }

    private static double contrastOnWhite(String hex) {
        double l = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) / 255.0;
            l += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (l + 0.05);
    }

    @Test
    void wordsAreRunsOfNonSpaceHoldingALetterOrDigit() {
        assertThat(DocxWriter.countWords("Cut p99 latency by 63% — in 2023 | ok")).isEqualTo(8);
        assertThat(DocxWriter.countWords("  ")).isZero();
        assertThat(DocxWriter.countWords("Zoë Łukasiewicz-Müller")).isEqualTo(2);
    }

    @Test
    void certificationsReadAsTheTemplatesPdfPrintsThem() {
        SkillItem.Certification cka = new SkillItem.Certification("CKA", "CNCF", "2023-06-02", "2026-06", "LF-1");
        assertThat(ResumeComposer.certification(cka, DocxLook.Kind.CLASSIC, Wording.ENGLISH))
                .isEqualTo("CKA, CNCF · Jun 2023 – Jun 2026 · Credential ID LF-1");
        assertThat(ResumeComposer.certification(cka, DocxLook.Kind.ATS, Wording.ENGLISH))
                .isEqualTo("CKA | CNCF | Jun 2023 – Jun 2026 | Credential ID LF-1");
        assertThat(ResumeComposer.certification(new SkillItem.Certification("CKA", null, null, null, null),
                DocxLook.Kind.MODERN, Wording.ENGLISH)).isEqualTo("CKA");
    }

    @Test
    void suggestionRulesLookOnlyAtTheText() {
        assertThat(EditingSuggestions.forBullet("Led the team.")).containsExactly(EditingSuggestions.QUANTIFY);
        assertThat(EditingSuggestions.forBullet("Led 4 people.")).isEmpty();
        assertThat(EditingSuggestions.forBullet("Helpers were hired in 2020.")).isEmpty();
        assertThat(EditingSuggestions.forBullet("helped ship 3 releases")).singleElement().asString()
                .contains("\"Helped\"");
        assertThat(EditingSuggestions.forSummary("Engineer with 5 years; my focus is APIs.")).singleElement()
                .isEqualTo(EditingSuggestions.FIRST_PERSON);
        assertThat(EditingSuggestions.forSummary("Engineer. Improved KPIs.")).isEmpty();
        assertThat(EditingSuggestions.forGreeting("Dear Hiring Manager,")).hasSize(1);
        assertThat(EditingSuggestions.forGreeting("Dear Ms. Whitfield,")).isEmpty();
    }
}
