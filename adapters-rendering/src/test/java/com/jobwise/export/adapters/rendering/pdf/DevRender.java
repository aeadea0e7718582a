package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.adapters.rendering.image.FlyingSaucerPngPreviewRenderer;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.RenderedDocument;

import java.nio.file.Files;
import java.nio.file.Path;

/** Development aid: renders every sample with every template into {@code target/samples}. */
public final class DevRender {
    public static void main(String[] args) throws Exception {
        FlyingSaucerPdfRenderer pdf = new FlyingSaucerPdfRenderer();
        FlyingSaucerPngPreviewRenderer png = new FlyingSaucerPngPreviewRenderer(pdf);
        Path out = Path.of("target/samples");
        Files.createDirectories(out);
        String only = args.length > 0 ? args[0] : null;
        for (Samples.Sample sample : Samples.all()) {
            if (only != null && !sample.name().contains(only)) {
                continue;
            }
            for (Template t : TemplateCatalog.all()) {
                if (args.length > 1 && !t.id().equals(args[1])) {
                    continue;
                }
                RenderedDocument doc = pdf.render(sample.content(), t, t.defaults());
                Files.write(out.resolve(t.id() + "-" + sample.name() + ".pdf"), doc.bytes());
                Files.write(out.resolve(t.id() + "-" + sample.name() + ".png"),
                        png.renderFirstPage(sample.content(), t, t.defaults(), false));
                System.out.println(t.id() + " " + sample.name() + " pages=" + doc.pageCount() + " ats=" + doc.metadata().get("ats_score")
                        + " " + doc.metadata().get("ats_checks"));
            }
        }
    }
}
