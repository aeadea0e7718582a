package com.jobwise.export.adapters.rendering.image;

import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FlyingSaucerPngPreviewRendererTest {
    private static final FlyingSaucerPngPreviewRenderer PREVIEW = new FlyingSaucerPngPreviewRenderer(new FlyingSaucerPdfRenderer());

    static List<Template> templates() {
        return TemplateCatalog.all();
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        return image;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void letterPreviewIsExactly1200By1557(Template template) throws IOException {
        BufferedImage image = decode(PREVIEW.renderFirstPage(Samples.load("resume-backend-engineer").content(), template,
                template.defaults(), true));

        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(1557);
        assertThat(darkShare(image, 0, 0, 1200, 1557)).as("text was drawn").isGreaterThan(0.01);
    }

    @Test
    void a4PreviewKeepsTheWidthAndScalesTheHeight() throws IOException {
        Template t = TemplateCatalog.CLASSIC;
        BufferedImage image = decode(PREVIEW.renderFirstPage(Samples.load("resume-new-graduate").content(), t,
                TemplateOptions.resolve(t, Map.of("page_size", "a4"), ExportFormat.PDF), false));

        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(FlyingSaucerPngPreviewRenderer.heightFor(595.28, 841.89)).isEqualTo(1702);
    }

    @Test
    void theWatermarkChangesThePixelsAcrossTheDiagonal() throws IOException {
        Template t = TemplateCatalog.ATS_OPTIMIZED;
        var content = Samples.load("cover-letter-backend-engineer").content();
        BufferedImage plain = decode(PREVIEW.renderFirstPage(content, t, t.defaults(), false));
        BufferedImage marked = decode(PREVIEW.renderFirstPage(content, t, t.defaults(), true));

        long changed = 0;
        for (int y = 0; y < plain.getHeight(); y += 2) {
            for (int x = 0; x < plain.getWidth(); x += 2) {
                if (plain.getRGB(x, y) != marked.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        double share = changed / (plain.getWidth() / 2.0 * plain.getHeight() / 2.0);
        assertThat(share).isBetween(0.03, 0.5);
        // the watermark is semi-transparent: the text under it stays legible (darker than the mark)
        assertThat(darkShare(marked, 0, 0, 1200, 1557)).isGreaterThan(darkShare(plain, 0, 0, 1200, 1557) * 0.9);
        // the lower-left and upper-right corners hold no watermark
        assertThat(marked.getRGB(5, 1550)).isEqualTo(plain.getRGB(5, 1550));
        assertThat(marked.getRGB(1195, 5)).isEqualTo(plain.getRGB(1195, 5));
    }

    @Test
    void accentColourShowsInThePreview() throws IOException {
        Template t = TemplateCatalog.MODERN;
        var content = Samples.load("resume-new-graduate").content();
        BufferedImage red = decode(PREVIEW.renderFirstPage(content, t,
                TemplateOptions.resolve(t, Map.of("accent_color", "#DC2626"), ExportFormat.PDF), false));
        BufferedImage blue = decode(PREVIEW.renderFirstPage(content, t, t.defaults(), false));

        assertThat(countReddish(red)).isGreaterThan(500);
        assertThat(countReddish(blue)).isZero();
    }

    private static long countReddish(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r > 180 && g < 90 && b < 90) {
                    n++;
                }
            }
        }
        return n;
    }

    private static double darkShare(BufferedImage image, int x0, int y0, int w, int h) {
        long dark = 0;
        for (int y = y0; y < y0 + h; y += 3) {
            for (int x = x0; x < x0 + w; x += 3) {
                int rgb = image.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xFF) * 3 + ((rgb >> 8) & 0xFF) * 6 + (rgb & 0xFF);
                if (lum < 1000) {
                    dark++;
                }
            }
        }
        return dark / ((w / 3.0) * (h / 3.0));
    }
}
