package com.jobwise.export.domain.export;

import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "John_Doe_Resume.pdf            | John_Doe_Resume.pdf",
            "../../x.pdf                    | x.pdf",
            "..\\..\\evil\\x.pdf            | x.pdf",
            "CON.pdf                        | _CON.pdf",
            "nul                            | _nul.pdf",
            "my resume  final.PDF           | my_resume_final.pdf",
            "a<b>c:d*e?f\"g.pdf             | abcdefg.pdf",
            "report.docx                    | report.docx.pdf",
            ".hidden                        | hidden.pdf",
            "Zoë Łukasiewicz CV             | Zoë_Łukasiewicz_CV.pdf"})
    void requestedNamesAreMadeSafe(String requested, String expected) {
        assertThat(FileNames.forExport(requested, null, ExportFormat.PDF)).isEqualTo(expected);
    }

    @Test
    void controlCharactersAndNewlinesAreRemoved() {
        assertThat(FileNames.forExport("a\r\nContent-Type: x\u0000.pdf", null, ExportFormat.PDF))
                .isEqualTo("aContent-Type_x.pdf");
    }

    @Test
    void bidirectionalControlsNeverReachAFileName() {
        // "invoice\u202Efdp.exe" displays as "invoiceexe.pdf" in a file manager that honours the override.
        String[] bidi = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
                "\u2069", "\u200E", "\u200F", "\u061C"};
        for (String control : bidi) {
            assertThat(FileNames.forExport("invoice" + control + "fdp.exe", null, ExportFormat.PDF))
                    .as("U+%04X", (int) control.charAt(0)).isEqualTo("invoicefdp.exe.pdf");
            assertThat(FileNames.sanitize(control + "pack" + control, "x", ExportFormat.ZIP)).isEqualTo("pack.zip");
            assertThat(ContentDisposition.attachment("cv" + control + ".pdf")).doesNotContain(control)
                    .doesNotContain("%E2%80%AE");
        }
        DocumentContent named = ContentReader.read(DocumentType.RESUME,
                Map.of("header", Map.of("name", "Eve\u202E Smith"), "sections", List.of()));
        assertThat(FileNames.forExport(null, named, ExportFormat.PDF)).isEqualTo("Eve_Smith_Resume.pdf");
    }

    @Test
    void defaultNameComesFromThePersonAndDocumentType() {
        DocumentContent resume = ContentReader.read(DocumentType.RESUME,
                Map.of("header", Map.of("name", "Jordan Alvarez-Nguyen"), "sections", List.of()));
        DocumentContent letter = ContentReader.read(DocumentType.COVER_LETTER, Map.of("letter", Map.of()));

        assertThat(FileNames.forExport(null, resume, ExportFormat.DOCX)).isEqualTo("Jordan_Alvarez-Nguyen_Resume.docx");
        assertThat(FileNames.forExport("  ", letter, ExportFormat.PDF)).isEqualTo("Cover_Letter.pdf");
    }

    @Test
    void longNamesAreCut() {
        assertThat(FileNames.forExport("x".repeat(500), null, ExportFormat.PDF)).hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH);
    }
}
