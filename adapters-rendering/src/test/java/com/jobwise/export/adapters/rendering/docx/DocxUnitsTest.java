package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.content.SkillItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules the layout relies on: text cleaning, the link policy, dates, fonts, colours. */
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

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "https://jordan.dev, https://jordan.dev",
            "HTTP://Example.com/a?b=c, HTTP://Example.com/a?b=c",
            "jordan@example.com, mailto:jordan@example.com",
            "mailto:jordan@example.com, mailto:jordan@example.com",
            "linkedin.com/in/jordan, https://linkedin.com/in/jordan",
            "https://example.com/ü, https://example.com/%C3%BC",
            "javascript:alert(1), NULL",
            "file:///etc/passwd, NULL",
            "ftp://example.com, NULL",
            "'data:text/html;base64,PHNjcmlwdD4=', NULL",
            "https://, NULL",
            "https://exa mple.com, NULL",
            "not a url, NULL",
            "'', NULL"})
    void onlyHttpHttpsAndMailtoBecomeLinkTargets(String raw, String target) {
        assertThat(SafeLinks.target(raw)).isEqualTo(target);
    }

    @Test
    void linksAreShownWithoutScheme() {
        assertThat(SafeLinks.display("https://www.linkedin.com/in/jordan/")).isEqualTo("linkedin.com/in/jordan");
        assertThat(SafeLinks.display("mailto:a@b.co")).isEqualTo("a@b.co");
        assertThat(SafeLinks.display("github.com/x")).isEqualTo("github.com/x");
    }

    @Test
    void datesReadAsAResumeShowsThem() {
        assertThat(DateText.month("2021-03")).isEqualTo("Mar 2021");
        assertThat(DateText.month("2024-03-15")).isEqualTo("Mar 2024");
        assertThat(DateText.month("2019")).isEqualTo("2019");
        assertThat(DateText.month("Summer 2019")).isEqualTo("Summer 2019");
        assertThat(DateText.month("2021-13")).isEqualTo("2021-13");
        assertThat(DateText.month(" ")).isNull();
        assertThat(DateText.range("2021-03", null, true)).isEqualTo("Mar 2021 – Present");
        assertThat(DateText.range("2018-01", "2021-02", false)).isEqualTo("Jan 2018 – Feb 2021");
        assertThat(DateText.range("2018-01", null, false)).isEqualTo("Jan 2018");
        assertThat(DateText.range(null, "2015-05", false)).isEqualTo("May 2015");
        assertThat(DateText.range(null, null, false)).isNull();
        assertThat(DateText.longDate("2025-11-15")).isEqualTo("November 15, 2025");
        assertThat(DateText.longDate("15 November 2025")).isEqualTo("15 November 2025");
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
    void certificationsAndGpaReadNaturally() {
        assertThat(ResumeComposer.certification(new SkillItem.Certification("CKA", "CNCF", "2023-06-02", null,
                "LF-1"))).isEqualTo("CKA — CNCF (Jun 2023, credential ID LF-1)");
        assertThat(ResumeComposer.certification(new SkillItem.Certification("CKA", null, null, null, null)))
                .isEqualTo("CKA");
        assertThat(List.of(ResumeComposer.gpa(3.8), ResumeComposer.gpa(4), ResumeComposer.gpa(3.856)))
                .containsExactly("3.8", "4.0", "3.86");
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
