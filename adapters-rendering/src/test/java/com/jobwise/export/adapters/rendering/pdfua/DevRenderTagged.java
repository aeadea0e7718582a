package com.jobwise.export.adapters.rendering.pdfua;

import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.RenderedDocument;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Development aid: renders every sample with every template through the tagged renderer into
 * {@code target/tagged} and prints veraPDF's failed checks. Arguments: sample and template filters.
 */
public final class DevRenderTagged {
    public static void main(String[] args) throws Exception {
        OpenHtmlToPdfRenderer pdf = new OpenHtmlToPdfRenderer();
        Path out = Path.of("target/tagged");
        Files.createDirectories(out);
        for (Samples.Sample sample : Samples.all()) {
            if (args.length > 0 && !sample.name().contains(args[0])) {
                continue;
            }
            for (Template t : TemplateCatalog.all()) {
                if (args.length > 1 && !t.id().equals(args[1])) {
                    continue;
                }
                RenderedDocument doc = pdf.render(sample.content(), t, t.defaults());
                Files.write(out.resolve(t.id() + "-" + sample.name() + ".pdf"), doc.bytes());
                System.out.println(t.id() + " " + sample.name() + " pages=" + doc.pageCount()
                        + " ats=" + doc.metadata().get("ats_score"));
                for (String flavour : new String[]{"ua1", "3a"}) {
                    VeraPdf.failedChecks(doc.bytes(), flavour).forEach(l -> System.out.println("  " + flavour + " " + l));
                }
            }
        }
    }
}
