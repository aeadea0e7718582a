package com.jobwise.export.domain.content;

import com.jobwise.export.domain.content.reading.ContentReader;

import com.jobwise.export.domain.common.JsonText;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContentWriterTest {

    static ResumeContent fullResume() {
        return new ResumeContent(
                new Header("Jordan Alvarez-Nguyen", "Backend Engineer", "jordan.an@example.com", "+1 415 555 0134",
                        "Oakland, CA", "https://www.linkedin.com/in/jordan-an", "https://github.com/jordan-an",
                        "https://jordan.example.dev"),
                List.of(new Section.Summary("Jordan Alvarez-Nguyen builds payment systems; see github.com/jordan-an."),
                        new Section.Skills(List.of(
                                new SkillCategory("Technical", List.of(new SkillItem.Plain("Java"), new SkillItem.Plain("Kafka"))),
                                new SkillCategory("Languages", List.of(new SkillItem.Language("Spanish", "fluent"),
                                        new SkillItem.Language("French", null))),
                                new SkillCategory("Certifications", List.of(
                                        new SkillItem.Certification("CKA", null, null, null, null),
                                        new SkillItem.Certification("AWS SA", "Amazon", "2024-03-15", "2027-03-15", "AWS-1"))))),
                        new Section.Experience(List.of(new ExperienceEntry("e1", "Senior Engineer", "Acme", "Oakland, CA",
                                "2021-03", null, true, "Payments", List.of("Cut latency 40%"), List.of("Award")))),
                        new Section.Projects(List.of(new ProjectEntry("p1", "Ledger", "Double-entry ledger",
                                List.of("Java"), "https://github.com/jordan-an/ledger", "2020", "2021"))),
                        new Section.Education(List.of(new EducationEntry("d1", "BSc", "Computer Science", "UC Davis",
                                "2012", "2016", 3.8, List.of("Cum laude")),
                                new EducationEntry(null, "MSc", null, "UCLA", null, null, null, List.of()))),
                        new Section.Text("Volunteer work", List.of("Code club mentor", "Food bank")),
                        new Section.Summary(null)),
                Map.of("target_role", "Staff Engineer"));
    }

    static CoverLetterContent fullLetter() {
        return new CoverLetterContent(
                new Header("Jordan Alvarez-Nguyen", "Backend Engineer", "jordan.an@example.com", "+1 415 555 0134",
                        "Oakland, CA", null, null, null),
                new Letter("2025-11-15", new Letter.Recipient("Sam Lee", "CTO", "TechCorp", "1 Market St"),
                        "Application", "Dear Sam Lee,", List.of("I am Jordan Alvarez-Nguyen.", "Reach me at jordan.an@example.com."),
                        "Sincerely,", "Jordan Alvarez-Nguyen"),
                Map.of());
    }

    @Test
    void aResumeReadsBackEqual() {
        ResumeContent resume = fullResume();

        assertThat(ContentReader.read(DocumentType.RESUME, ContentWriter.write(resume))).isEqualTo(resume);
    }

    @Test
    void aCoverLetterReadsBackEqual() {
        CoverLetterContent letter = fullLetter();

        assertThat(ContentReader.read(DocumentType.COVER_LETTER, ContentWriter.write(letter))).isEqualTo(letter);
    }

    @Test
    void emptyContentReadsBackEqual() {
        ResumeContent empty = new ResumeContent(null, null, null);
        CoverLetterContent emptyLetter = new CoverLetterContent(null,
                new Letter(null, null, null, null, List.of(), null, null), null);

        assertThat(ContentReader.read(DocumentType.RESUME, ContentWriter.write(empty))).isEqualTo(empty);
        assertThat(ContentReader.read(DocumentType.COVER_LETTER, ContentWriter.write(emptyLetter))).isEqualTo(emptyLetter);
    }

    @Test
    void theTreeFollowsTheSpecsSchema() {
        Map<String, Object> tree = ContentWriter.write(fullResume());

        assertThat(tree).containsOnlyKeys("header", "sections", "metadata");
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) ((List<?>) tree.get("sections")).getFirst();
        assertThat(summary).containsEntry("type", "professional_summary").containsKey("content");
        assertThat(JsonText.write(tree)).contains("\"field_of_study\": \"Computer Science\"");
    }
}
