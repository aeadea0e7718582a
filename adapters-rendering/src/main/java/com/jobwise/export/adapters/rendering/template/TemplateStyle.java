package com.jobwise.export.adapters.rendering.template;

import com.jobwise.export.domain.template.Margins;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The colours and the creative sidebar geometry the templates use, derived from the options with two
 * guarantees:
 * <ul>
 *   <li>every colour used for text has a contrast ratio of at least 4.5:1 (WCAG 2.x AA, normal text)
 *       against every background it is drawn on; a colour that falls short is darkened (its hue
 *       kept) until it passes, and {@link #adjustments()} says which option was changed, from what to
 *       what. The templates' default palettes pass unadjusted.</li>
 *   <li>the creative sidebar (tinted box, padding included) takes {@code sidebar_width} percent of
 *       the page's text width (page width minus left and right margins).</li>
 * </ul>
 * Keys of {@link #css()} override those of the same name DocumentView puts in {@code opt}.
 */
public final class TemplateStyle {
    /** WCAG AA for normal-size text. */
    public static final double MIN_CONTRAST = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String WHITE = "#FFFFFF";
    /** Horizontal padding of the creative sidebar on each side, in ems of the body font. */
    public static final double SIDEBAR_PADDING_EM = 1.2;

    private final Map<String, Object> css = new LinkedHashMap<>();
    private final List<Map<String, Object>> adjustments = new ArrayList<>();

    private TemplateStyle(Template template, TemplateOptions o) {
        TemplateOptions d = template.defaults();
        String accent = color(o.accentColor(), color(d.accentColor(), "#2563EB"));
        String primary = color(o.primaryColor(), color(d.primaryColor(), accent));
        String secondary = color(o.secondaryColor(), color(d.secondaryColor(), "#0EA5E9"));
        String primaryTint = mix(primary, 0.07);
        String accentText = guard("accent_color", accent, accent, WHITE);
        css.put("accent", accentText);
        css.put("accentTint", mix(accent, 0.10));
        css.put("accentDark", guard(null, accent, darken(accentText, 0.25), WHITE));
        css.put("primary", guard("primary_color", primary, primary, WHITE, primaryTint));
        css.put("primaryTint", primaryTint);
        css.put("primaryLight", mix(primary, 0.22));
        css.put("secondary", secondary);
        css.put("secondaryDark", guard("secondary_color", secondary, darken(secondary, 0.35), WHITE, primaryTint));
        Margins m = o.margins() == null ? d.margins() : o.margins();
        TemplateOptions.PageSize size = o.pageSize() == null ? TemplateOptions.PageSize.LETTER : o.pageSize();
        double textWidth = size.widthInches() - m.left() - m.right();
        int percent = Math.max(15, Math.min(50, o.sidebarWidth() <= 0 ? d.sidebarWidth() : o.sidebarWidth()));
        double fontSize = Math.max(6, Math.min(24, o.fontSize()));
        double padding = 2 * SIDEBAR_PADDING_EM * fontSize / 72.0;
        double outer = Math.min(percent / 100.0 * textWidth, Math.max(1.0, textWidth - 3.0));
        css.put("sidebarWidth", inches(Math.max(0.3, outer - padding)));
        css.put("sidebarOuter", inches(outer));
        css.put("textWidthPt", Math.round(textWidth * 72 * 10) / 10.0);
        css.put("mainWidthPt", Math.round(((textWidth - outer) * 72 - 1.8 * fontSize) * 10) / 10.0);
    }

    /** The style for {@code options} rendered with {@code template}. */
    public static TemplateStyle of(Template template, TemplateOptions options) {
        return new TemplateStyle(template, options);
    }

    /** Values for the templates' {@code opt} map: colours as {@code #RRGGBB}, widths as CSS inches. */
    public Map<String, Object> css() {
        return css;
    }

    /**
     * The colour options darkened to reach {@link #MIN_CONTRAST}: one map per option with
     * {@code option}, {@code requested}, {@code used} (the text colour drawn) and {@code contrast}
     * (its ratio against its lightest-contrast background, two decimals). Empty when nothing changed.
     */
    public List<Map<String, Object>> adjustments() {
        return adjustments;
    }

    /**
     * {@code text} darkened until it reaches {@link #MIN_CONTRAST} against every one of
     * {@code backgrounds}; records an adjustment for {@code option} when it had to change.
     */
    private String guard(String option, String requested, String text, String... backgrounds) {
        String out = text;
        int step = 0;
        while (minContrast(out, backgrounds) < MIN_CONTRAST && step < 100) {
            step++;
            out = darken(text, step * 0.01);
        }
        if (!out.equals(text) && option != null && adjustments.stream().noneMatch(a -> option.equals(a.get("option")))) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("option", option);
            a.put("requested", requested);
            a.put("used", out);
            a.put("contrast", BigDecimal.valueOf(minContrast(out, backgrounds)).setScale(2, RoundingMode.DOWN).doubleValue());
            adjustments.add(a);
        }
        return out;
    }

    private static double minContrast(String text, String... backgrounds) {
        double min = Double.MAX_VALUE;
        for (String bg : backgrounds) {
            min = Math.min(min, contrast(text, bg));
        }
        return min;
    }

    /** WCAG 2.x contrast ratio of two {@code #RRGGBB} colours, 1 to 21. */
    public static double contrast(String a, String b) {
        return contrast(Integer.parseInt(a.substring(1), 16), Integer.parseInt(b.substring(1), 16));
    }

    /** WCAG 2.x contrast ratio of two {@code 0xRRGGBB} colours, 1 to 21. */
    public static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static String color(String value, String fallback) {
        return value != null && HEX.matcher(value).matches() ? value.toUpperCase(Locale.ROOT) : fallback;
    }

    private static String mix(String hex, double share) {
        int[] c = rgb(hex);
        return String.format(Locale.ROOT, "#%02X%02X%02X", tint(c[0], share), tint(c[1], share), tint(c[2], share));
    }

    private static int tint(int channel, double share) {
        return (int) Math.round(255 - (255 - channel) * share);
    }

    private static String darken(String hex, double by) {
        int[] c = rgb(hex);
        double k = Math.max(0, 1 - by);
        return String.format(Locale.ROOT, "#%02X%02X%02X", (int) Math.round(c[0] * k),
                (int) Math.round(c[1] * k), (int) Math.round(c[2] * k));
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }

    private static String inches(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "in";
    }
}
