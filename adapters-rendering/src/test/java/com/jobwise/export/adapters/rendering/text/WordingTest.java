package com.jobwise.export.adapters.rendering.text;

import com.jobwise.export.domain.content.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one date and wording formatter of PDF and DOCX, and the heading table. */
class WordingTest {
    private final Wording en = Wording.ENGLISH;

    @Test
    void datesAreWordedAndOtherTextIsKeptAsWritten() {
        assertThat(en.monthYear("2021-03")).isEqualTo("Mar 2021");
        assertThat(en.monthYear("2024-03-15")).isEqualTo("Mar 2024");
        assertThat(en.monthYear("2021-3")).isEqualTo("Mar 2021");
        assertThat(en.monthYear("2019")).isEqualTo("2019");
        assertThat(en.monthYear("Summer 2019")).isEqualTo("Summer 2019");
        assertThat(en.monthYear("2021-13")).isEqualTo("2021-13");
        assertThat(en.monthYear("2021-02-30")).isEqualTo("2021-02-30");
        assertThat(en.monthYear(" ")).isNull();
        assertThat(en.range("2021-03", null, true)).isEqualTo("Mar 2021 – Present");
        assertThat(en.range("2015-07", "2017-12", false)).isEqualTo("Jul 2015 – Dec 2017");
        assertThat(en.range("2019", "2020", false)).isEqualTo("2019 – 2020");
        assertThat(en.range("2018-01", null, false)).isEqualTo("Jan 2018");
        assertThat(en.range(null, "2015-05", false)).isEqualTo("May 2015");
        assertThat(en.range(null, "2020-13", false)).isEqualTo("2020-13");
        assertThat(en.range(null, null, false)).isNull();
        assertThat(en.longDate("2025-11-15")).isEqualTo("November 15, 2025");
        assertThat(en.longDate("15 Nov 2025")).isEqualTo("15 Nov 2025");
        assertThat(en.longDate("2025-11")).isEqualTo("Nov 2025");
    }

    @Test
    void certificationsEducationAndFooterHaveOneWording() {
        assertThat(en.certificationDetails("CNCF", "2023-06-02", "2026-06", " LF-1 "))
                .containsExactly("CNCF", "Jun 2023 – Jun 2026", "Credential ID LF-1");
        assertThat(en.certificationDates(null, "2026-06")).isEqualTo("Expires Jun 2026");
        assertThat(en.certificationDetails(null, null, null, null)).isEmpty();
        assertThat(List.of(en.gpa(3.8), en.gpa(4.0), en.gpa(3.856), en.gpa(3.75)))
                .containsExactly("GPA 3.8", "GPA 4.0", "GPA 3.86", "GPA 3.75");
        assertThat(en.gpa(null)).isNull();
        assertThat(en.educationDetails(3.75, List.of("Cum Laude"))).containsExactly("GPA 3.75", "Cum Laude");
        assertThat(en.degree("BSc", "CS")).isEqualTo("BSc in CS");
        assertThat(en.degree(null, "CS")).isEqualTo("CS");
        assertThat(en.pageOf()).containsExactly("Page ", " of ", "");
    }

    @Test
    void headingsComeFromOneTable() {
        assertThat(Headings.of(new Section.Summary("x"), en)).isEqualTo("Professional Summary");
        assertThat(Headings.of(new Section.Text("Volunteering\n", List.of()), en)).isEqualTo("Volunteering");
        assertThat(Headings.standard(en)).containsExactly("Professional Summary", "Skills", "Experience",
                "Projects", "Education");
        assertThat(Headings.contact(en)).isEqualTo("Contact");
    }

    @Test
    void unknownLanguagesAreRefused() {
        assertThatThrownBy(() -> Wording.of("xx")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Wording.supports("EN-gb")).isTrue();
        assertThat(Wording.of("en-US")).isSameAs(en);
    }
}
