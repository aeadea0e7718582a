package com.jobwise.export.domain.preview;

import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.plaintext.PlainTextResumeParser;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.export.TestData;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link IPreviewRenderer} honours: the first page as a PNG of 1200 x 1557 px for Letter
 * (spec: preview), with ink on it (not a blank page), and the "PREVIEW" watermark changing a good part of the
 * page when asked for and nothing when not. Images are decoded with the JDK's {@link ImageIO}.
 */
public abstract class IPreviewRendererContract {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    protected IPreviewRenderer renderer;

    protected abstract IPreviewRenderer createRenderer();

    @BeforeEach
    void setUpRenderer() {
        renderer = createRenderer();
    }

    static Stream<Template> templates() {
        return TemplateCatalog.all().stream();
    }

    static DocumentContent resume() {
        return ContentReader.read(DocumentType.RESUME, TestData.resumeTree("Zoë Łukasiewicz-Müller"));
    }

    static BufferedImage decode(byte[] png) {
        assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).as("PNG signature").isEqualTo(PNG_SIGNATURE);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("decodable PNG").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Share of pixels that are not near-white (any channel below 235). */
    static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) < 235 || ((rgb >> 8) & 0xFF) < 235 || (rgb & 0xFF) < 235) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    /** Share of pixels that differ between two images of the same size. */
    static double differingShare(BufferedImage a, BufferedImage b) {
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return (double) differing / ((long) a.getWidth() * a.getHeight());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void aLetterPageIs1200By1557PixelsWithInkOnIt(Template template) {
        BufferedImage image = decode(renderer.renderFirstPage(resume(), template, template.defaults(), false));

        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(1557);
        assertThat(inkShare(image)).as("share of inked pixels").isGreaterThan(0.005).isLessThan(0.9);
    }

    @Test
    void theWatermarkMarksAGoodPartOfThePageOnlyWhenAskedFor() {
        Template template = TemplateCatalog.MODERN;
        BufferedImage plain = decode(renderer.renderFirstPage(resume(), template, template.defaults(), false));
        BufferedImage again = decode(renderer.renderFirstPage(resume(), template, template.defaults(), false));
        BufferedImage marked = decode(renderer.renderFirstPage(resume(), template, template.defaults(), true));

        assertThat(differingShare(plain, again)).as("two renders without watermark").isZero();
        assertThat(differingShare(plain, marked)).as("pixels the watermark changes").isGreaterThan(0.02);
        assertThat(inkShare(marked)).isGreaterThan(inkShare(plain));
        int cx = marked.getWidth() / 2;
        int cy = marked.getHeight() / 2;
        assertThat(differingShare(plain.getSubimage(cx - 200, cy - 200, 400, 400),
                marked.getSubimage(cx - 200, cy - 200, 400, 400))).as("the middle of the page is marked")
                .isGreaterThan(0.02);
    }

    @Test
    void aLongerDocumentStillPreviewsOnlyItsFirstPage() {
        StringBuilder text = new StringBuilder("Maria Gonzalez\nOperations Manager\n\nEXPERIENCE\n");
        for (int i = 1; i <= 200; i++) {
            text.append("- Achievement number ").append(i).append(" cut costs by ").append(i).append(" percent.\n");
        }
        DocumentContent content = PlainTextResumeParser.parse(text.toString());
        BufferedImage image = decode(renderer.renderFirstPage(content, TemplateCatalog.MODERN,
                TemplateCatalog.MODERN.defaults(), false));

        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(1557);
        assertThat(inkShare(image)).isGreaterThan(0.005);
    }
}
