package com.jobwise.export.adapters.rendering.text;

import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.template.TemplateOptions;
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
    void everyLanguageHasEveryWordAndTheDomainOffersExactlyThem() throws Exception {
        assertThat(Wording.LANGUAGES).isEqualTo(TemplateOptions.LANGUAGES);
        java.util.Properties english = properties("en");
        for (String language : Wording.LANGUAGES) {
            assertThat(properties(language).stringPropertyNames()).as(language)
                    .containsAll(english.stringPropertyNames());
            Wording w = Wording.of(language);
            assertThat(w.monthYear("2021-12")).as(language).endsWith(" 2021").doesNotContain("-");
            assertThat(w.pageOf()).as(language).hasSize(3);
        }
    }

    private static java.util.Properties properties(String language) throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = Wording.class.getResourceAsStream("words_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void datesHeadingsAndConnectorsInEachLanguage() {
        Wording fr = Wording.of("fr");
        assertThat(fr.range("2021-02", null, true)).isEqualTo("févr. 2021 – aujourd’hui");
        assertThat(fr.longDate("2025-11-01")).isEqualTo("1er novembre 2025");
        assertThat(fr.longDate("2025-11-15")).isEqualTo("15 novembre 2025");
        assertThat(fr.degree("Master", "Informatique")).isEqualTo("Master en Informatique");
        assertThat(Headings.standard(fr)).containsExactly("Profil professionnel", "Compétences",
                "Expérience professionnelle", "Projets", "Formation");
        assertThat(fr.pageOf()).containsExactly("Page ", " sur ", "");
        Wording de = Wording.of("de-AT");
        assertThat(de.range("2019-10", null, true)).isEqualTo("Okt. 2019 – heute");
        assertThat(de.longDate("2025-03-05")).isEqualTo("5. März 2025");
        assertThat(de.pageOf()).containsExactly("Seite ", " von ", "");
        assertThat(Wording.of("es").longDate("2025-11-15")).isEqualTo("15 de noviembre de 2025");
        assertThat(Wording.of("es").range("2020-01", "2021-06", false)).isEqualTo("ene. 2020 – jun. 2021");
        assertThat(Wording.of("pt").longDate("2025-03-15")).isEqualTo("15 de março de 2025");
        assertThat(Wording.of("pt").present()).isEqualTo("atual");
        assertThat(Wording.of("pl").longDate("2025-11-15")).isEqualTo("15 listopada 2025");
        assertThat(Wording.of("pl").range("2020-10", null, true)).isEqualTo("paź 2020 – obecnie");
        assertThat(Wording.of("pl").degree("Licencjat", "Informatyka")).isEqualTo("Licencjat, Informatyka");
    }

    @Test
    void aDegreeThatHoldsItsFieldIsNotDoubled() {
        assertThat(en.degree("Bachelor of Science in Nursing", "Nursing")).isEqualTo("Bachelor of Science in Nursing");
        assertThat(en.degree("B.B.A. Supply Chain Management", "supply chain management"))
                .isEqualTo("B.B.A. Supply Chain Management");
        assertThat(en.degree("Master in Digital Transformation", "IT")).isEqualTo("Master in Digital Transformation in IT");
        assertThat(Wording.of("fr").degree("Licence de mathématiques appliquées", "Mathématiques appliquées"))
                .isEqualTo("Licence de mathématiques appliquées");
    }

    @Test
    void theDocumentLanguageIsTheOptionElseTheContentsElseEnglish() {
        assertThat(DocumentLanguage.of("de", java.util.Map.of("language", "fr")).tag()).isEqualTo("de");
        assertThat(DocumentLanguage.of("pt-BR", java.util.Map.of()).wording()).isSameAs(Wording.of("pt"));
        assertThat(DocumentLanguage.of(null, java.util.Map.of("language", "fr-CA")).wording().language()).isEqualTo("fr");
        assertThat(DocumentLanguage.of(null, java.util.Map.of("lang", "pl")).wordTag()).isEqualTo("pl-PL");
        DocumentLanguage italian = DocumentLanguage.of(null, java.util.Map.of("language", "it"));
        assertThat(italian.tag()).isEqualTo("it");
        assertThat(italian.wording()).isSameAs(Wording.ENGLISH);
        assertThat(DocumentLanguage.of(null, java.util.Map.of("language", "<script>")).tag()).isEqualTo("en");
        assertThat(DocumentLanguage.of(null, java.util.Map.of()).wordTag()).isEqualTo("en-US");
    }

    @Test
    void unknownLanguagesAreRefused() {
        assertThatThrownBy(() -> Wording.of("xx")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Wording.supports("EN-gb")).isTrue();
        assertThat(Wording.of("en-US")).isSameAs(en);
    }
}
