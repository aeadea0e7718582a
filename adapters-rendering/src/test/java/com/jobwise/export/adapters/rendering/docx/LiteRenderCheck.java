package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.RenderedDocument;

/**
 * Run by {@link LiteClasspathTest} inside a class loader that holds the production class path
 * (poi-ooxml with poi-ooxml-lite, no poi-ooxml-full): renders every sample in every template with
 * and without the DOCX options, and re-reads each file.
 */
public final class LiteRenderCheck {
    private LiteRenderCheck() {
    }

    /** Renders everything; returns how many files were produced. Throws on the first failure. */
    public static int run() throws Exception {
        PoiDocxRenderer renderer = new PoiDocxRenderer();
        int files = 0;
        for (Samples.Sample sample : Samples.all()) {
            for (Template template : TemplateCatalog.all()) {
                for (var options : new com.jobwise.export.domain.template.TemplateOptions[] {template.defaults(),
                        PoiDocxRendererSamplesTest.everything(template)}) {
                    RenderedDocument doc = renderer.render(sample.content(), template, options);
                    try (DocxInspector docx = DocxInspector.open(doc.bytes())) {
                        if (docx.paragraphs.isEmpty()) {
                            throw new AssertionError(sample + "/" + template.id() + " has no paragraphs");
                        }
                    }
                    files++;
                }
            }
        }
        return files;
    }
}
