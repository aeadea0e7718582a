package com.jobwise.export.adapters.rendering.html;

import com.jobwise.export.adapters.rendering.template.FontCatalog;
import com.jobwise.export.adapters.rendering.template.FreeMarkerXhtmlTemplates;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.export.ExportFormat;
import com.jobwise.export.domain.template.Margins;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;
import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.RenderedDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code html} format: one standalone, responsive web page in the template's look, for a portfolio. The page
 * is the template's own FreeMarker XHTML (the PDF's markup and CSS, every user string escaped there), turned
 * into an HTML5 document with jsoup: a {@code Content-Security-Policy} meta tag allowing no script, no remote
 * resource and inline styles only, a viewport, a screen layer (the page as a sheet on a grey background,
 * collapsing tables and the creative sidebar into one column under 720 px) and font stacks that prefer the
 * fonts the options name (Arial, Times New Roman, Calibri, Georgia) and fall back to the metric-compatible
 * families the PDF embeds, then generic families: no font file is fetched. The {@code @page} rules stay, so
 * printing gives the PDF's page size and margins. As a last guard every {@code script}, embedded object,
 * event-handler attribute and any {@code src}/{@code href} other than http, https, mailto or a fragment is
 * removed. Honours every layout option of the template. Thread-safe.
 */
public final class StandaloneHtmlRenderer implements IDocumentRenderer {
    /** The page's policy: nothing but inline styles and data: images. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private static final Map<String, String> FONT_STACKS = Map.of(
            FontCatalog.LIBERATION_SANS.cssName(),
            "Arial, Helvetica, \"Liberation Sans\", \"Helvetica Neue\", \"Nimbus Sans\", sans-serif",
            FontCatalog.LIBERATION_SERIF.cssName(),
            "\"Times New Roman\", Times, \"Liberation Serif\", \"Nimbus Roman\", serif",
            FontCatalog.CARLITO.cssName(), "Calibri, Carlito, \"Segoe UI\", \"Helvetica Neue\", Arial, sans-serif",
            FontCatalog.NOTO_SERIF.cssName(), "Georgia, \"Noto Serif\", \"DejaVu Serif\", serif",
            FontCatalog.FALLBACK.cssName(), "\"DejaVu Sans\", \"Segoe UI Symbol\", \"Noto Sans\", sans-serif");

    private final FreeMarkerXhtmlTemplates templates;

    /** Compiles the templates once. */
    public StandaloneHtmlRenderer() {
        this(new FreeMarkerXhtmlTemplates());
    }

    /** Shares compiled templates (e.g. with the PDF renderer). */
    public StandaloneHtmlRenderer(FreeMarkerXhtmlTemplates templates) {
        this.templates = templates;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.HTML;
    }

    @Override
    public RenderedDocument render(DocumentContent content, Template template, TemplateOptions options) {
        Document page = Jsoup.parse(templates.render(content, template, options));
        page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element html = page.selectFirst("html");
        html.removeAttr("xmlns");
        html.removeAttr("xml:lang");
        Element head = page.head();
        head.prependElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.prependElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content",
                CONTENT_SECURITY_POLICY);
        head.prependElement("meta").attr("charset", "utf-8");
        page.select("meta[name=subject]").attr("name", "description");
        for (Element style : page.select("style")) {
            style.removeAttr("type");
            String css = style.data();
            for (Map.Entry<String, String> font : FONT_STACKS.entrySet()) {
                css = css.replace("\"" + font.getKey() + "\"", font.getValue());
            }
            style.text("");
            style.appendChild(new org.jsoup.nodes.DataNode(css));
        }
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(screenCss(template, options)));
        strip(page);
        page.prependChild(new DocumentType("html", "", ""));
        byte[] bytes = page.outerHtml().getBytes(StandardCharsets.UTF_8);
        return new RenderedDocument(bytes, null, Map.of());
    }

    /** Removes whatever could run or fetch: scripts, embeds, event handlers, non-web URLs. */
    private static void strip(Document page) {
        page.select("script, noscript, iframe, frame, object, embed, applet, link, base, form, img, svg, video, "
                + "audio, source, template").remove();
        for (Element element : page.getAllElements()) {
            List<String> drop = new ArrayList<>();
            for (Attribute a : element.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("srcset") || key.equals("src") || key.equals("action")
                        || key.equals("formaction") || key.equals("xlink:href") || key.equals("background")
                        || key.equals("href") && !(value.startsWith("https://") || value.startsWith("http://")
                        || value.startsWith("mailto:") || value.startsWith("#"))
                        || key.equals("style") && value.contains("url(")) {
                    drop.add(a.getKey());
                }
            }
            drop.forEach(element::removeAttr);
        }
    }

    /** The screen layer over the template's print CSS. */
    private static String screenCss(Template template, TemplateOptions options) {
        Margins m = options.margins() == null ? template.defaults().margins() : options.margins();
        TemplateOptions.PageSize size = options.pageSize() == null ? TemplateOptions.PageSize.LETTER : options.pageSize();
        String padding = in(m.top()) + " " + in(m.right()) + " " + in(m.bottom()) + " " + in(m.left());
        return """
                @media screen {
                  html { background: #E5E7EB; }
                  body { box-sizing: border-box; max-width: %s; min-height: %s; margin: 32px auto; padding: %s;
                         background: #FFFFFF; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12), 0 10px 30px rgba(0, 0, 0, 0.08);
                         -webkit-text-size-adjust: 100%%; text-size-adjust: 100%%; }
                  a:hover, a:focus { text-decoration: underline; }
                  .side-fill { min-height: 0; }
                }
                @media screen and (max-width: 720px) {
                  body { margin: 0; padding: 24px 18px; min-height: 0; box-shadow: none; }
                  table, tbody, tr, td { display: block; width: auto !important; }
                  td { text-align: left !important; white-space: normal !important; }
                  td.main { padding: 18px 0 0 0 !important; }
                  td.side { padding: 14px !important; }
                  .entry td.dates, td.right { padding-top: 2px; }
                  .header td.contact { margin-top: 8px; }
                }
                """.formatted(in(size.widthInches()), in(size.heightInches()), padding);
    }

    private static String in(double inches) {
        return new BigDecimal(inches).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "in";
    }
}
