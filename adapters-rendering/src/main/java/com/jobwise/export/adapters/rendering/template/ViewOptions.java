package com.jobwise.export.adapters.rendering.template;

import com.jobwise.export.domain.template.Margins;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateOptions;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code opt} part of the FreeMarker data model: the resolved options as CSS-ready values
 * (font names, sizes in points, margins and widths in inches, colours as {@code #RRGGBB} with
 * their tints). Plain maps, strings, numbers and booleans only.
 */
final class ViewOptions {
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private ViewOptions() {
    }

    static Map<String, Object> of(Template template, TemplateOptions o) {
        TemplateOptions d = template.defaults();
        Map<String, Object> opt = new LinkedHashMap<>();
        FontCatalog.Family family = FontCatalog.forOption(o.fontFamily());
        opt.put("font", family.cssName());
        opt.put("fallbackFont", FontCatalog.FALLBACK.cssName());
        opt.put("size", clamp(o.fontSize(), 6, 24));
        opt.put("lineHeight", clamp(o.lineSpacing(), 1.0, 3.0));
        Margins m = o.margins() == null ? d.margins() : o.margins();
        opt.put("margins", inches(m.top()) + " " + inches(m.right()) + " " + inches(m.bottom()) + " " + inches(m.left()));
        TemplateOptions.PageSize size = o.pageSize() == null ? TemplateOptions.PageSize.LETTER : o.pageSize();
        opt.put("pageSize", size == TemplateOptions.PageSize.A4 ? "210mm 297mm" : "8.5in 11in");
        opt.put("pageNumbers", o.includePageNumbers());
        TemplateOptions.HeaderStyle style = o.headerStyle() == null ? TemplateOptions.HeaderStyle.BOLD : o.headerStyle();
        opt.put("headingBold", style.bold());
        opt.put("headingUnderline", style.underline());
        String accent = color(o.accentColor(), color(d.accentColor(), "#2563EB"));
        String primary = color(o.primaryColor(), color(d.primaryColor(), accent));
        String secondary = color(o.secondaryColor(), color(d.secondaryColor(), "#0EA5E9"));
        opt.put("accent", accent);
        opt.put("accentTint", mix(accent, 0.10));
        opt.put("accentDark", darken(accent, 0.25));
        opt.put("primary", primary);
        opt.put("primaryTint", mix(primary, 0.07));
        opt.put("primaryLight", mix(primary, 0.22));
        opt.put("secondary", secondary);
        opt.put("secondaryDark", darken(secondary, 0.20));
        double pageWidth = size.widthInches();
        double contentWidth = pageWidth - m.left() - m.right();
        double sidebar = clamp(o.sidebarWidth() <= 0 ? d.sidebarWidth() : o.sidebarWidth(), 15, 50) / 100.0 * pageWidth;
        sidebar = Math.min(sidebar, Math.max(1.0, contentWidth - 3.0));
        opt.put("sidebarWidth", inches(sidebar));
        opt.put("contentHeight", clamp(size.heightInches() - m.top() - m.bottom(), 1.0, 20.0));
        opt.putAll(TemplateStyle.of(template, o).css());
        return opt;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    private static String inches(double v) {
        return new BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "in";
    }

    private static String color(String value, String fallback) {
        return value != null && HEX.matcher(value).matches() ? value.toUpperCase(Locale.ROOT) : fallback;
    }

    /** {@code share} of {@code hex} over white. */
    private static String mix(String hex, double share) {
        int[] c = rgb(hex);
        return String.format(Locale.ROOT, "#%02X%02X%02X", tint(c[0], share), tint(c[1], share), tint(c[2], share));
    }

    private static int tint(int channel, double share) {
        return (int) Math.round(255 - (255 - channel) * share);
    }

    private static String darken(String hex, double by) {
        int[] c = rgb(hex);
        return String.format(Locale.ROOT, "#%02X%02X%02X", (int) Math.round(c[0] * (1 - by)),
                (int) Math.round(c[1] * (1 - by)), (int) Math.round(c[2] * (1 - by)));
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }

}
