package com.jobwise.export.domain.content.jsonresume;

import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.InvalidContentException;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON Resume mapping rules, one by one (round trips on real documents: adapters-rendering). */
class JsonResumeReaderTest {

    private static ResumeContent content(JsonResumeImport imported) {
        return (ResumeContent) ContentReader.read(DocumentType.RESUME, imported.contentStructured());
    }

    @Test
    void profilesBecomeLinksAndUnknownNetworksAreUnmapped() {
        Map<String, Object> doc = Map.of("basics", Map.of("name", "Ann",
                "profiles", List.of(Map.of("network", "LinkedIn", "username", "ann"),
                        Map.of("network", "github", "url", "https://github.com/ann"),
                        Map.of("network", "Mastodon", "username", "@ann"))));

        JsonResumeImport imported = JsonResumeReader.read(doc);

        assertThat(content(imported).header().linkedin()).isEqualTo("https://www.linkedin.com/in/ann");
        assertThat(content(imported).header().github()).isEqualTo("https://github.com/ann");
        assertThat(imported.unmapped()).containsExactly("/basics/profiles/2");
    }

    @Test
    void workWithoutEndDateIsCurrentAndItsSummaryIsTheDescription() {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("name", "Acme");
        work.put("position", "Engineer");
        work.put("description", "A rocket company");
        work.put("startDate", "2020-01");
        work.put("summary", "Built rockets.");
        work.put("x/y", "extension");
        JsonResumeImport imported = JsonResumeReader.read(Map.of("basics", Map.of(), "work", List.of(work)));

        ExperienceEntry entry = ((Section.Experience) content(imported).sections().getFirst()).entries().getFirst();
        assertThat(entry.company()).isEqualTo("Acme");
        assertThat(entry.title()).isEqualTo("Engineer");
        assertThat(entry.isCurrent()).isTrue();
        assertThat(entry.description()).isEqualTo("Built rockets.");
        assertThat(imported.unmapped()).containsExactly("/work/0/description", "/work/0/x~1y");
    }

    @Test
    void aNonNumericScoreIsUnmappedAndANumericOneIsTheGpa() {
        JsonResumeImport imported = JsonResumeReader.read(Map.of("basics", Map.of(), "education", List.of(
                Map.of("institution", "MIT", "score", "3.9"), Map.of("institution", "ETH", "score", "summa"))));

        List<com.jobwise.export.domain.content.EducationEntry> entries =
                ((Section.Education) content(imported).sections().getFirst()).entries();
        assertThat(entries.get(0).gpa()).isEqualTo(3.9);
        assertThat(entries.get(1).gpa()).isNull();
        assertThat(imported.unmapped()).containsExactly("/education/1/score");
    }

    @Test
    void emptyValuesAreNeitherMappedNorReported() {
        JsonResumeImport imported = JsonResumeReader.read(Map.of("basics", Map.of("image", "", "name", "Ann")));

        assertThat(imported.unmapped()).isEmpty();
    }

    @Test
    void aValueOfTheWrongTypeNamesItsPointer() {
        assertThatThrownBy(() -> JsonResumeReader.read(Map.of("basics", Map.of("name", List.of()))))
                .isInstanceOf(InvalidContentException.class).hasMessage("/basics/name must be a string");
    }

    @Test
    void jsonResumeIsAnExportFormat() {
        assertThat(ExportFormat.fromWireName("json-resume")).contains(ExportFormat.JSON_RESUME);
        assertThat(ExportFormat.JSON_RESUME.extension()).isEqualTo("json");
        assertThat(ExportFormat.JSON_RESUME.contentType()).isEqualTo("application/json");
        assertThat(ExportFormat.JSON_RESUME.wireName().length()).isLessThanOrEqualTo(16);
    }
}
