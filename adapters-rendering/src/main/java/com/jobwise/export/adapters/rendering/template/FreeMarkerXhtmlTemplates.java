package com.jobwise.export.adapters.rendering.template;

import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.error.RenderingFailedException;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.error.TemplateNotFoundException;
import com.jobwise.export.domain.template.TemplateOptions;
import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Lays a resume or cover letter out as XHTML with one of the catalogue's FreeMarker templates
 * ({@code src/main/resources/freemarker/<id>.ftlh}).
 *
 * <p>Hardening (ARCHITECTURE.md, "Rendering is a trust boundary"): HTML output format with
 * auto-escaping forced for every template, {@code new_builtin_class_resolver =
 * ALLOWS_NOTHING_RESOLVER}, {@code api_builtin_enabled = false}, templates loaded only from the
 * classpath, a data model of plain maps and strings ({@link SimpleObjectWrapper}: no Java object
 * reaches a template), and the template file chosen only from a fixed table keyed by catalogue id.
 *
 * <p>Thread-safe: the configuration is built once and templates are compiled once and cached.
 */
public final class FreeMarkerXhtmlTemplates {
    private static final Map<String, String> FILES = Map.of(
            TemplateCatalog.MODERN.id(), "modern.ftlh",
            TemplateCatalog.CLASSIC.id(), "classic.ftlh",
            TemplateCatalog.CREATIVE.id(), "creative.ftlh",
            TemplateCatalog.ATS_OPTIMIZED.id(), "ats-optimized.ftlh");

    private final Configuration configuration;

    /** Builds the hardened configuration and compiles the four templates. */
    public FreeMarkerXhtmlTemplates() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new ClassTemplateLoader(FreeMarkerXhtmlTemplates.class.getClassLoader(), "freemarker"));
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.FORCE_AUTO_ESCAPING_POLICY);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.US);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setLocalizedLookup(false);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        this.configuration = cfg;
        for (String file : FILES.values()) {
            try {
                cfg.getTemplate(file);
            } catch (IOException e) {
                throw new IllegalStateException("Template " + file + " cannot be compiled", e);
            }
        }
    }

    /**
     * Renders {@code content} with {@code template} and the resolved {@code options}.
     *
     * @return a well-formed XHTML document (UTF-8 text, no DOCTYPE)
     * @throws TemplateNotFoundException when {@code template} is not one of the catalogue's
     * @throws RenderingFailedException  when FreeMarker fails
     */
    public String render(DocumentContent content, Template template, TemplateOptions options) {
        String file = FILES.get(template.id());
        if (file == null) {
            throw new TemplateNotFoundException(template.id(), TemplateCatalog.ids());
        }
        try {
            StringWriter out = new StringWriter(16 * 1024);
            configuration.getTemplate(file).process(DocumentView.of(content, template, options), out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new RenderingFailedException("Template " + template.id() + " failed: " + e.getMessage(), e);
        }
    }
}
