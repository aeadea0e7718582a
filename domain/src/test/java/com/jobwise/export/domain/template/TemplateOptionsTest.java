package com.jobwise.export.domain.template;

import com.jobwise.export.domain.error.InvalidOptionException;
import com.jobwise.export.domain.error.TemplateNotFoundException;
import com.jobwise.export.domain.export.ExportFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateOptionsTest {

    @Test
    void noOptionsGiveTheTemplateDefaults() {
        TemplateOptions options = TemplateOptions.resolve(TemplateCatalog.MODERN, Map.of(), ExportFormat.PDF);

        assertThat(options.fontFamily()).isEqualTo("Helvetica");
        assertThat(options.fontSize()).isEqualTo(11);
        assertThat(options.accentColor()).isEqualTo("#2563EB");
        assertThat(options.lineSpacing()).isEqualTo(1.15);
        assertThat(options.margins()).isEqualTo(Margins.uniform(0.75));
        assertThat(options.includePageNumbers()).isFalse();
        assertThat(options.headerStyle()).isEqualTo(TemplateOptions.HeaderStyle.BOLD);
        assertThat(options.pageSize()).isEqualTo(TemplateOptions.PageSize.LETTER);
    }

    @Test
    void theSpecsExampleRequestResolves() {
        TemplateOptions options = TemplateOptions.resolve(TemplateCatalog.MODERN, Map.of(
                "font_family", "Helvetica", "font_size", 11, "accent_color", "#2563eb", "line_spacing", 1.15,
                "margins", Map.of("top", 0.75, "bottom", 0.75, "left", 0.75, "right", 0.75),
                "include_page_numbers", false, "header_style", "both", "page_size", "a4"), ExportFormat.PDF);

        assertThat(options.accentColor()).isEqualTo("#2563EB");
        assertThat(options.headerStyle()).isEqualTo(TemplateOptions.HeaderStyle.BOTH);
        assertThat(options.pageSize()).isEqualTo(TemplateOptions.PageSize.A4);
    }

    @Test
    void partialMarginsKeepTheOtherDefaults() {
        TemplateOptions options = TemplateOptions.resolve(TemplateCatalog.CLASSIC, Map.of("margins", Map.of("left", 0.5)),
                ExportFormat.PDF);

        assertThat(options.margins()).isEqualTo(new Margins(1.0, 1.0, 0.5, 1.0));
    }

    static Stream<Arguments> invalidOptions() {
        return Stream.of(
                Arguments.of("modern", Map.of("font_size", 8), "font_size must be between 9 and 14"),
                Arguments.of("modern", Map.of("font_size", 15), "font_size must be between 9 and 14"),
                Arguments.of("modern", Map.of("font_size", "11"), "font_size must be between 9 and 14"),
                Arguments.of("modern", Map.of("font_size", 10.5), "font_size must be a whole number between 9 and 14"),
                Arguments.of("modern", Map.of("font_family", "Comic Sans"), "font_family must be one of: Helvetica, Arial, Calibri"),
                Arguments.of("modern", Map.of("accent_color", "blue"), "accent_color must be a hex color code such as #2563EB"),
                Arguments.of("modern", Map.of("accent_color", "#12345G"), "accent_color must be a hex color code such as #2563EB"),
                Arguments.of("modern", Map.of("line_spacing", 0.9), "line_spacing must be between 1.0 and 2.0"),
                Arguments.of("modern", Map.of("line_spacing", 2.5), "line_spacing must be between 1.0 and 2.0"),
                Arguments.of("modern", Map.of("margins", 1), "margins must be an object with top, bottom, left and right in inches"),
                Arguments.of("modern", Map.of("margins", Map.of("top", 3)), "margins.top must be between 0.25 and 2.0 inches"),
                Arguments.of("modern", Map.of("margins", Map.of("middle", 1)), "margins.middle is not a margin; use top, bottom, left and right"),
                Arguments.of("modern", Map.of("include_page_numbers", "yes"), "include_page_numbers must be true or false"),
                Arguments.of("modern", Map.of("header_style", "italic"), "header_style must be one of: bold, underline, both"),
                Arguments.of("modern", Map.of("page_size", "legal"), "page_size must be one of: letter, a4"),
                Arguments.of("classic", Map.of("accent_color", "#FF0000"),
                        "Option 'accent_color' is not available for template 'classic'. Customizable options: font_family, font_size, margins; general options: margins, include_page_numbers, header_style, page_size, embed_source, anonymize, language, max_pages"),
                Arguments.of("classic", Map.of("font_family", "Helvetica"), "font_family must be one of: Times New Roman, Times, Georgia"),
                Arguments.of("ats-optimized", Map.of("line_spacing", 1.5),
                        "Option 'line_spacing' is not available for template 'ats-optimized'. Customizable options: font_family, font_size; general options: margins, include_page_numbers, header_style, page_size, embed_source, anonymize, language, max_pages"),
                Arguments.of("creative", Map.of("sidebar_width", 80), "sidebar_width must be between 20 and 45 (percent of the page width)"),
                Arguments.of("modern", Map.of("max_pages", 0), "max_pages must be a whole number between 1 and 5"),
                Arguments.of("modern", Map.of("max_pages", 2.5), "max_pages must be a whole number between 1 and 5"),
                Arguments.of("classic", Map.of("max_pages", 6), "max_pages must be a whole number between 1 and 5"),
                Arguments.of("creative", Map.of("primary_color", "red"), "primary_color must be a hex color code such as #2563EB"),
                Arguments.of("creative", Map.of("secondary_color", 5), "secondary_color must be a hex color code such as #2563EB"),
                Arguments.of("modern", Map.of("wat", 1),
                        "Option 'wat' is not available for template 'modern'. Customizable options: accent_color, font_family, font_size, line_spacing; general options: margins, include_page_numbers, header_style, page_size, embed_source, anonymize, language, max_pages"),
                Arguments.of("modern", Map.of("include_comments", true), "include_comments is a DOCX option and cannot be used for pdf exports"),
                Arguments.of("modern", Map.of("embed_source", "no"), "embed_source must be true or false"),
                Arguments.of("creative", Map.of("embed_source", 0), "embed_source must be true or false"),
                Arguments.of("classic", Map.of("anonymize", "true"), "anonymize must be true or false"),
                Arguments.of("ats-optimized", Map.of("anonymize", 1), "anonymize must be true or false"),
                Arguments.of("modern", Map.of("language", "it"),
                        "language must be one of en, fr, de, es, pt, pl (optionally with a region, e.g. pt-BR)"),
                Arguments.of("classic", Map.of("language", 7),
                        "language must be one of en, fr, de, es, pt, pl (optionally with a region, e.g. pt-BR)"),
                Arguments.of("creative", Map.of("language", "fr_FR<script>"),
                        "language must be one of en, fr, de, es, pt, pl (optionally with a region, e.g. pt-BR)"));
    }

    @ParameterizedTest
    @MethodSource("invalidOptions")
    void invalidValuesAreRefusedWithTheSpecsStyleOfMessage(String templateId, Map<String, Object> options, String message) {
        Template template = TemplateCatalog.require(templateId);

        assertThatThrownBy(() -> TemplateOptions.resolve(template, options, ExportFormat.PDF))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage(message);
    }

    @Test
    void docxOptionsResolveForDocx() {
        TemplateOptions options = TemplateOptions.resolve(TemplateCatalog.CLASSIC, Map.of(
                "include_comments", true, "editable_fields", List.of("contact_info", "professional_summary"),
                "enable_track_changes", true, "document_properties", Map.of("author", "Jordan")), ExportFormat.DOCX);

        assertThat(options.includeComments()).isTrue();
        assertThat(options.editableFields()).containsExactly("contact_info", "professional_summary");
        assertThat(options.enableTrackChanges()).isTrue();
        assertThat(options.documentProperties()).containsEntry("author", "Jordan");
    }

    @Test
    void unknownEditableFieldListsTheValidOnes() {
        assertThatThrownBy(() -> TemplateOptions.resolve(TemplateCatalog.MODERN,
                Map.of("editable_fields", List.of("hobbies")), ExportFormat.DOCX))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("editable_fields has an unknown section 'hobbies'. Valid: contact_info, "
                        + "professional_summary, skills, experience, projects, education, letter");
    }

    @Test
    void aNullOrWronglyTypedEditableFieldIsNamedByItsIndex() {
        java.util.List<Object> fields = new java.util.ArrayList<>(List.of("skills", "experience"));
        fields.add(null);
        assertThatThrownBy(() -> TemplateOptions.resolve(TemplateCatalog.MODERN,
                Map.of("editable_fields", fields), ExportFormat.DOCX))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageStartingWith("editable_fields[2] must be a section name, one of: contact_info");
        assertThatThrownBy(() -> TemplateOptions.resolve(TemplateCatalog.MODERN,
                Map.of("editable_fields", List.of(7)), ExportFormat.DOCX))
                .hasMessageStartingWith("editable_fields[0] must be a section name");
    }

    @Test
    void unknownTemplateNamesTheAvailableOnes() {
        assertThatThrownBy(() -> TemplateCatalog.require("futuristic"))
                .isInstanceOf(TemplateNotFoundException.class)
                .hasMessage("Template 'futuristic' does not exist. Available: modern, classic, creative, ats-optimized");
    }

    @Test
    void constraintsDescribeTheCustomizableOptions() {
        Map<String, Object> constraints = TemplateCatalog.MODERN.optionConstraints();

        assertThat(constraints).containsEntry("font_family", List.of("Helvetica", "Arial", "Calibri"))
                .containsEntry("font_size", Map.of("min", 9, "max", 14))
                .containsEntry("accent_color", "Hex color code")
                .containsEntry("line_spacing", Map.of("min", 1.0, "max", 2.0));
    }

    @Test
    void languageIsAGeneralOptionKeptAsWrittenAndAbsentUnlessSet() {
        for (Template template : TemplateCatalog.all()) {
            assertThat(TemplateOptions.resolve(template, Map.of(), ExportFormat.PDF).language()).isNull();
            assertThat(TemplateOptions.resolve(template, Map.of(), ExportFormat.PDF).toMap()).doesNotContainKey("language");
            TemplateOptions french = TemplateOptions.resolve(template, Map.of("language", " fr-CA "), ExportFormat.DOCX);
            assertThat(french.language()).isEqualTo("fr-CA");
            assertThat(french.toMap()).containsEntry("language", "fr-CA");
            assertThat(template.optionConstraints()).containsEntry("language", List.of("en", "fr", "de", "es", "pt", "pl"));
        }
    }

    @Test
    void embedSourceAndAnonymizeAreBooleansEveryTemplateOffers() {
        for (Template template : TemplateCatalog.all()) {
            TemplateOptions defaults = TemplateOptions.resolve(template, Map.of(), ExportFormat.PDF);
            assertThat(defaults.embedSource()).isTrue();
            assertThat(defaults.anonymize()).isFalse();
            TemplateOptions set = TemplateOptions.resolve(template,
                    Map.of("embed_source", false, "anonymize", true), ExportFormat.DOCX);
            assertThat(set.embedSource()).isFalse();
            assertThat(set.anonymize()).isTrue();
            assertThat(set.toMap()).containsEntry("embed_source", false).containsEntry("anonymize", true);
            assertThat(defaults.toDefaultsMap(template)).containsEntry("embed_source", true)
                    .containsEntry("anonymize", false);
            assertThat(template.optionConstraints()).containsEntry("embed_source", "boolean")
                    .containsEntry("anonymize", "boolean");
        }
    }

    @Test
    void anonymizeDropsAnExplicitAuthorProperty() {
        TemplateOptions options = TemplateOptions.resolve(TemplateCatalog.MODERN,
                Map.of("anonymize", true, "document_properties", Map.of("author", "Jordan Alvarez", "title", "CV")),
                ExportFormat.DOCX);

        assertThat(options.documentProperties()).doesNotContainKey("author").containsEntry("title", "CV");
    }
}
