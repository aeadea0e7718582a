package com.jobwise.export.domain.content.reading;

import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillItem;

import com.jobwise.export.domain.error.InvalidContentException;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentReaderTest {

    @Test
    void readsEverySectionTypeAndSkillShape() {
        Map<String, Object> tree = Map.of(
                "header", Map.of("name", "Ada", "email", "ada@example.com"),
                "sections", List.of(
                        Map.of("type", "professional_summary", "content", "Summary."),
                        Map.of("type", "skills", "categories", List.of(
                                Map.of("name", "Technical", "items", List.of("Java")),
                                Map.of("name", "Languages", "items", List.of(Map.of("name", "English", "proficiency", "native"))),
                                Map.of("name", "Certifications", "items", List.of(Map.of("name", "CKA",
                                        "issuer", "CNCF", "date_obtained", "2023-06-02", "credential_id", "X-1"))))),
                        Map.of("type", "experience", "entries", List.of(Map.of("title", "Engineer", "company", "Acme",
                                "is_current", true, "bullets", List.of("Did a thing."), "achievements", List.of("Won.")))),
                        Map.of("type", "projects", "entries", List.of(Map.of("name", "pgstream",
                                "technologies", List.of("Java"), "url", "https://example.com"))),
                        Map.of("type", "education", "entries", List.of(Map.of("degree", "BSc", "gpa", 3.8))),
                        Map.of("type", "volunteering", "content", "Taught kids to code.")));

        ResumeContent resume = (ResumeContent) ContentReader.read(DocumentType.RESUME, tree);

        assertThat(resume.header().email()).isEqualTo("ada@example.com");
        assertThat(resume.sections()).extracting(Section::type).containsExactly("professional_summary", "skills",
                "experience", "projects", "education", "text");
        Section.Skills skills = (Section.Skills) resume.sections().get(1);
        assertThat(skills.categories().get(0).items().getFirst()).isEqualTo(new SkillItem.Plain("Java"));
        assertThat(skills.categories().get(1).items().getFirst()).isEqualTo(new SkillItem.Language("English", "native"));
        assertThat(skills.categories().get(2).items().getFirst()).isInstanceOf(SkillItem.Certification.class);
        ExperienceEntry job = ((Section.Experience) resume.sections().get(2)).entries().getFirst();
        assertThat(job.isCurrent()).isTrue();
        assertThat(job.achievements()).containsExactly("Won.");
        assertThat(((Section.Education) resume.sections().get(4)).entries().getFirst().gpa()).isEqualTo(3.8);
        assertThat(((Section.Text) resume.sections().get(5)).paragraphs()).containsExactly("Taught kids to code.");
    }

    @Test
    void wrongShapesNameTheirPath() {
        Map<String, Object> tree = Map.of("sections", List.of(
                Map.of("type", "professional_summary", "content", "ok"),
                Map.of("type", "experience", "entries", List.of(Map.of("bullets", "not a list")))));

        assertThatThrownBy(() -> ContentReader.read(DocumentType.RESUME, tree))
                .isInstanceOf(InvalidContentException.class)
                .hasMessage("content_structured.sections[1].entries[0].bullets must be an array of strings");
    }

    @Test
    void sectionWithoutTypeIsRefused() {
        assertThatThrownBy(() -> ContentReader.read(DocumentType.RESUME, Map.of("sections", List.of(Map.of()))))
                .isInstanceOf(InvalidContentException.class)
                .hasMessage("content_structured.sections[0].type is required");
    }

    @Test
    void readsTheCoverLetterShape() {
        CoverLetterContent letter = (CoverLetterContent) ContentReader.read(DocumentType.COVER_LETTER, Map.of(
                "header", Map.of("name", "Jordan"),
                "letter", Map.of("greeting", "Dear Dana,", "paragraphs", List.of("One.", "Two."),
                        "recipient", Map.of("company", "TechCorp"), "signature", "Jordan")));

        assertThat(letter.letter().paragraphs()).containsExactly("One.", "Two.");
        assertThat(letter.letter().recipient().company()).isEqualTo("TechCorp");
    }
}
