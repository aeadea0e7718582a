package com.jobwise.export.domain.content;

import com.jobwise.export.domain.common.JsonText;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentAnonymizerTest {
    private static final List<String> REMOVED = List.of("Jordan Alvarez-Nguyen", "Alvarez", "Nguyen", "Jordan",
            "jordan.an@example.com", "+1 415 555 0134", "Oakland, CA", "linkedin.com/in/jordan-an",
            "github.com/jordan-an", "jordan.example.dev");

    @Test
    void theNameBecomesInitialsWithHyphenatedParts() {
        assertThat(ContentAnonymizer.initials("Jordan Alvarez-Nguyen")).isEqualTo("J. A.-N.");
        assertThat(ContentAnonymizer.initials("  ana   de la cruz ")).isEqualTo("A. D. L. C.");
        assertThat(ContentAnonymizer.initials("Łukasz Żółć")).isEqualTo("Ł. Ż.");
        assertThat(ContentAnonymizer.initials(" - ")).isNull();
        assertThat(ContentAnonymizer.initials(null)).isNull();
    }

    @Test
    void aResumeKeepsNoContactDetailLinkOrName() {
        ResumeContent anonymous = (ResumeContent) ContentAnonymizer.anonymize(ContentWriterTest.fullResume());

        assertThat(anonymous.header()).isEqualTo(new Header("J. A.-N.", "Backend Engineer", null, null, null, null,
                null, null));
        String json = JsonText.write(ContentWriter.write(anonymous));
        for (String value : REMOVED) {
            assertThat(json).doesNotContainIgnoringCase(value);
        }
        assertThat(json).contains("Cut latency 40%", "Senior Engineer", "Acme", "Ledger", "Volunteer work",
                "J. A.-N. builds payment systems", "Spanish", "Cum laude", "Staff Engineer");
        Section.Projects projects = (Section.Projects) anonymous.sections().get(3);
        assertThat(projects.entries().getFirst().url()).isNull();
        Section.Experience experience = (Section.Experience) anonymous.sections().get(2);
        assertThat(experience.entries().getFirst().location()).isNull();
    }

    @Test
    void aCoverLetterSignsWithInitialsAndKeepsTheEmployersRecipient() {
        CoverLetterContent anonymous = (CoverLetterContent) ContentAnonymizer.anonymize(ContentWriterTest.fullLetter());

        assertThat(anonymous.letter().signature()).isEqualTo("J. A.-N.");
        assertThat(anonymous.letter().recipient()).isEqualTo(ContentWriterTest.fullLetter().letter().recipient());
        assertThat(anonymous.letter().paragraphs()).containsExactly("I am J. A.-N..", "Reach me at .");
        String json = JsonText.write(ContentWriter.write(anonymous));
        for (String value : REMOVED) {
            assertThat(json).doesNotContainIgnoringCase(value);
        }
    }

    @Test
    void aRequestedFileNameLosesTheName() {
        assertThat(ContentAnonymizer.scrub(ContentWriterTest.fullResume(), "Jordan_Alvarez-Nguyen CV"))
                .isEqualTo("J._A.-N. CV");
        assertThat(ContentAnonymizer.scrub(ContentWriterTest.fullResume(), null)).isNull();
    }
}
