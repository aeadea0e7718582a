package com.jobwise.export.adapters.rendering.image;

import com.jobwise.export.adapters.rendering.pdf.FlyingSaucerPdfRenderer;
import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the first page of resume-backend-engineer in every template to {@code docs/templates/<id>.png}.
 * Runs only with {@code -Ddocs.write=true}:
 * {@code ./mvnw -pl adapters-rendering test -Dtest=TemplateGalleryTest -Ddocs.write=true}.
 */
@EnabledIfSystemProperty(named = "docs.write", matches = "true")
class TemplateGalleryTest {

    @Test
    void writeTemplatePreviews() throws IOException {
        FlyingSaucerPngPreviewRenderer preview = new FlyingSaucerPngPreviewRenderer(new FlyingSaucerPdfRenderer());
        Path dir = Path.of("../docs/templates");
        Files.createDirectories(dir);
        var content = Samples.load("resume-backend-engineer").content();
        for (Template t : TemplateCatalog.all()) {
            Path file = dir.resolve(t.id() + ".png");
            Files.write(file, preview.renderFirstPage(content, t, t.defaults(), false));
            assertThat(file).isNotEmptyFile();
        }
    }
}
