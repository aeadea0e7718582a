package com.jobwise.export.adapters.rendering.pdfua;

import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.RenderedDocument;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The PDF {@link IDocumentRenderer} of the service: picks, per export, between the deployment's
 * default engine (setting {@code export.pdf.renderer}) and the tagged renderer. An export whose
 * options ask for a {@code pdf_standard} always goes to the tagged renderer (PDF/UA-1 + PDF/A-3a);
 * otherwise the deployment's engine renders it. The tagged renderer is created on first use, so a
 * deployment that never asks for it does not pay its start-up cost. Thread-safe.
 */
public final class PdfRendererSelection implements IDocumentRenderer {

    /** The PDF engines a deployment can choose, by their setting values. */
    public enum Engine {
        /** Flying Saucer (OpenPDF): untagged PDF 1.7, the default. */
        FLYING_SAUCER("flying-saucer"),
        /** openhtmltopdf (PDFBox): tagged PDF/UA-1 and PDF/A-3a for every export. */
        OPENHTMLTOPDF("openhtmltopdf");

        private final String settingValue;

        Engine(String settingValue) {
            this.settingValue = settingValue;
        }

        /** The value of {@code export.pdf.renderer} naming this engine. */
        public String settingValue() {
            return settingValue;
        }

        /**
         * The engine a setting value names (case-insensitive, surrounding blanks ignored).
         *
         * @throws IllegalArgumentException naming the setting and the valid values
         */
        public static Engine fromSetting(String value) {
            String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            for (Engine engine : values()) {
                if (engine.settingValue.equals(v)) {
                    return engine;
                }
            }
            throw new IllegalArgumentException("export.pdf.renderer must be one of: "
                    + Arrays.stream(values()).map(Engine::settingValue).collect(Collectors.joining(", "))
                    + " (was '" + value + "')");
        }
    }

    private final IDocumentRenderer flyingSaucer;
    private final Supplier<? extends IDocumentRenderer> tagged;
    private final Engine engine;

    /**
     * @param flyingSaucer the Flying Saucer renderer
     * @param tagged       supplies the tagged renderer (called on each tagged export; supply a singleton)
     * @param engine       the deployment's engine for exports without a {@code pdf_standard}
     */
    public PdfRendererSelection(IDocumentRenderer flyingSaucer, Supplier<? extends IDocumentRenderer> tagged,
                                Engine engine) {
        this.flyingSaucer = Objects.requireNonNull(flyingSaucer, "flyingSaucer");
        this.tagged = Objects.requireNonNull(tagged, "tagged");
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    /** The deployment's engine for exports without a {@code pdf_standard}. */
    public Engine engine() {
        return engine;
    }

    /** Renders with the engine this export's options and the deployment's setting choose. */
    @Override
    public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
        boolean wantsTagged = options.pdfStandard() != TemplateOptions.PdfStandard.NONE || engine == Engine.OPENHTMLTOPDF;
        return (wantsTagged ? tagged.get() : flyingSaucer).render(content, template, options);
    }
}
