package com.jobwise.export.domain.pdf;

import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.TemplateOptions.PdfStandard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code pdf_standard} option: values, default, the formats that take it and how it is stored. */
class PdfStandardOptionTest {

    @Test
    void defaultIsNoneAndIsNotStored() {
        for (Template template : TemplateCatalog.all()) {
            TemplateOptions options = TemplateOptions.resolve(template, Map.of(), ExportFormat.PDF);
            assertThat(options.pdfStandard()).isEqualTo(PdfStandard.NONE);
            assertThat(options.toMap()).doesNotContainKey("pdf_standard");
        }
    }

    @Test
    void everyTemplateTakesBothStandardsForPdf() {
        for (Template template : TemplateCatalog.all()) {
            TemplateOptions ua = TemplateOptions.resolve(template, Map.of("pdf_standard", "pdf/ua-1"), ExportFormat.PDF);
            TemplateOptions a = TemplateOptions.resolve(template, Map.of("pdf_standard", "PDF/A-3a"), ExportFormat.PDF);

            assertThat(ua.pdfStandard()).isEqualTo(PdfStandard.PDF_UA_1);
            assertThat(ua.toMap()).containsEntry("pdf_standard", "pdf/ua-1");
            assertThat(a.pdfStandard()).isEqualTo(PdfStandard.PDF_A_3A);
            assertThat(a.toMap()).containsEntry("pdf_standard", "pdf/a-3a");
            assertThat(template.optionConstraints()).containsEntry("pdf_standard", List.of("pdf/ua-1", "pdf/a-3a"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf/ua-2", "pdf/a-1b", "", "ua1"})
    void anUnknownValueNamesTheOptionAndTheValidValues(String value) {
        assertThatThrownBy(() -> TemplateOptions.resolve(TemplateCatalog.MODERN, Map.of("pdf_standard", value),
                ExportFormat.PDF))
                .isInstanceOfSatisfying(InvalidOptionException.class, e -> assertThat(e.field()).isEqualTo("pdf_standard"))
                .hasMessage("pdf_standard must be one of: pdf/ua-1, pdf/a-3a");
    }

    @Test
    void aNonStringValueIsRefused() {
        assertThatThrownBy(() -> TemplateOptions.resolve(TemplateCatalog.CLASSIC, Map.of("pdf_standard", true),
                ExportFormat.PDF))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("pdf_standard must be one of: pdf/ua-1, pdf/a-3a");
    }

    @Test
    void otherFormatsRefuseIt() {
        assertThatThrownBy(() -> TemplateOptions.resolve(TemplateCatalog.MODERN, Map.of("pdf_standard", "pdf/ua-1"),
                ExportFormat.DOCX))
                .isInstanceOfSatisfying(InvalidOptionException.class, e -> assertThat(e.field()).isEqualTo("pdf_standard"))
                .hasMessage("pdf_standard is a PDF option and cannot be used for docx exports");
    }
}
