package com.jobwise.export.adapters.rendering.text;

import com.jobwise.export.adapters.rendering.pdf.ContentStrings;
import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample of {@code examples/generations} in every text-based format (with the sample's natural template:
 * modern, and classic for the cover letter): read back as each format's consumer reads it, the text holds every
 * user string of the content, accents and non-Latin scripts byte for byte (LaTeX: every string pdflatex can
 * print with T1, see {@link com.jobwise.export.adapters.rendering.latex.LatexText}). The files are kept under
 * {@code target/format-samples/} for a look.
 */
class FormatSamplesTest {
    static final Path OUT = Path.of("target/format-samples");

    static Stream<Arguments> cases() {
        return HostileTextInEveryFormatTest.FORMATS.stream()
                .flatMap(f -> Samples.all().stream().map(s -> Arguments.of(f, s)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void everyContentStringIsRecovered(HostileTextInEveryFormatTest.Format format, Samples.Sample sample)
            throws IOException {
        boolean tex = format.name().equals("tex");
        if (tex) {
            LatexCompiler.assumeAvailable();
        }
        Template template = sample.name().startsWith("cover") ? TemplateCatalog.CLASSIC : TemplateCatalog.MODERN;
        byte[] file = format.renderer().render(sample.content(), template, template.defaults()).bytes();
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(sample.name() + "." + format.name()), file);

        String text = squeeze(format.reader().apply(file));

        for (String expected : ContentStrings.of(sample.content())) {
            if (tex && !latinOnly(expected)) {
                continue;
            }
            assertThat(text).as(format + " " + sample).contains(squeeze(expected));
        }
    }

    private static boolean latinOnly(String s) {
        return s.codePoints().allMatch(c -> c < 0x250 || c >= 0x2000 && c < 0x2100 || c == 0x20AC);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
