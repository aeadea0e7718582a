package com.jobwise.export.adapters.rendering.pdf;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.RenderedDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Development aid: {@code LayoutDev <outdir> <template|all> <sample> [options-json]} renders the
 * cases into {@code outdir} and prints pages, ATS score, checks and layout metadata.
 */
public final class LayoutDev {
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        FlyingSaucerPdfRenderer pdf = new FlyingSaucerPdfRenderer();
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Map<String, Object> requested = args.length > 3 ? JsonMapper.builder().build().readValue(args[3], Map.class) : Map.of();
        String suffix = args.length > 4 ? "-" + args[4] : "";
        for (Template t : TemplateCatalog.all()) {
            if (!args[1].equals("all") && !t.id().equals(args[1])) {
                continue;
            }
            TemplateOptions options = TemplateOptions.resolve(t, requested, ExportFormat.PDF);
            if (System.getenv("XHTML") != null) {
                Files.writeString(out.resolve(t.id() + "-" + args[2] + suffix + ".xhtml"),
                        new com.jobwise.export.adapters.rendering.template.FreeMarkerXhtmlTemplates()
                                .render(Samples.load(args[2]).content(), t, options));
            }
            RenderedDocument doc = pdf.render(Samples.load(args[2]).content(), t, options);
            Path file = out.resolve(t.id() + "-" + args[2] + suffix + ".pdf");
            Files.write(file, doc.bytes());
            Map<String, Object> m = new java.util.LinkedHashMap<>(doc.metadata());
            Object checks = m.remove("ats_checks");
            System.out.println(t.id() + " " + args[2] + " pages=" + doc.pageCount() + " " + m);
            for (Object c : (java.util.List<Object>) checks) {
                Map<String, Object> cm = (Map<String, Object>) c;
                if (!Boolean.TRUE.equals(cm.get("passed")) || args.length > 5) {
                    System.out.println("   " + cm);
                }
            }
        }
    }
}
