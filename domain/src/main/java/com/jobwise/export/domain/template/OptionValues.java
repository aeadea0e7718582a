package com.jobwise.export.domain.template;

import com.jobwise.export.domain.error.InvalidOptionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.jobwise.export.domain.template.TemplateOptions.HeaderStyle;
import com.jobwise.export.domain.template.TemplateOptions.PageSize;

import static com.jobwise.export.domain.template.TemplateOptions.EDITABLE_FIELDS;

/**
 * Reads and checks one requested option value each (the API spec's "Template options" constraints): a bad value
 * is an {@code InvalidOptionException} naming the option, never a silent default.
 */
final class OptionValues {
    private OptionValues() {
    }

    static final Set<String> DOCUMENT_PROPERTIES = Set.of("author", "title", "subject", "keywords");
    static final Pattern HEX_COLOR = Pattern.compile("#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{3}");
    static final int MIN_FONT = 9;
    static final int MAX_FONT = 14;
    static final double MIN_SPACING = 1.0;
    static final double MAX_SPACING = 2.0;
    static final double MIN_MARGIN = 0.25;
    static final double MAX_MARGIN = 2.0;
    static final int MIN_SIDEBAR = 20;
    static final int MAX_SIDEBAR = 45;

    static String fontFamily(Template template, Object value) {
        if (value instanceof String s) {
            for (String font : template.fonts()) {
                if (font.equalsIgnoreCase(s.trim())) {
                    return font;
                }
            }
        }
        throw new InvalidOptionException("font_family", "font_family must be one of: "
                + String.join(", ", template.fonts()));
    }

    static int fontSize(Object value) {
        String message = "font_size must be between " + MIN_FONT + " and " + MAX_FONT;
        if (!(value instanceof Number n) || value instanceof Boolean) {
            throw new InvalidOptionException("font_size", message);
        }
        double size = n.doubleValue();
        if (size != Math.rint(size)) {
            throw new InvalidOptionException("font_size", "font_size must be a whole number between "
                    + MIN_FONT + " and " + MAX_FONT);
        }
        if (size < MIN_FONT || size > MAX_FONT) {
            throw new InvalidOptionException("font_size", message);
        }
        return (int) size;
    }

    static double lineSpacing(Object value) {
        return range("line_spacing", value, MIN_SPACING, MAX_SPACING, "");
    }

    static double range(String field, Object value, double min, double max, String unit) {
        String message = field + " must be between " + format(min) + " and " + format(max) + unit;
        if (!(value instanceof Number n)) {
            throw new InvalidOptionException(field, message);
        }
        double v = n.doubleValue();
        if (Double.isNaN(v) || v < min || v > max) {
            throw new InvalidOptionException(field, message);
        }
        return v;
    }

    static String format(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.1f", v) : String.valueOf(v);
    }

    static String color(String field, Object value) {
        if (value instanceof String s && HEX_COLOR.matcher(s).matches()) {
            return s.length() == 4
                    ? ("#" + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2) + s.charAt(3) + s.charAt(3))
                    .toUpperCase(Locale.ROOT)
                    : s.toUpperCase(Locale.ROOT);
        }
        throw new InvalidOptionException(field, field + " must be a hex color code such as #2563EB");
    }

    @SuppressWarnings("unchecked")
    static Margins margins(Object value, Margins defaults) {
        if (!(value instanceof Map<?, ?> raw)) {
            throw new InvalidOptionException("margins", "margins must be an object with top, bottom, left and right in inches");
        }
        Map<String, Object> m = (Map<String, Object>) raw;
        for (String key : m.keySet()) {
            if (!Set.of("top", "bottom", "left", "right").contains(key)) {
                throw new InvalidOptionException("margins." + key,
                        "margins." + key + " is not a margin; use top, bottom, left and right");
            }
        }
        return new Margins(
                margin(m, "top", defaults.top()), margin(m, "bottom", defaults.bottom()),
                margin(m, "left", defaults.left()), margin(m, "right", defaults.right()));
    }

    static double margin(Map<String, Object> m, String side, double fallback) {
        return m.containsKey(side) ? range("margins." + side, m.get(side), MIN_MARGIN, MAX_MARGIN, " inches")
                : fallback;
    }

    static boolean bool(String field, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new InvalidOptionException(field, field + " must be true or false");
    }

    static HeaderStyle headerStyle(Object value) {
        if (value instanceof String s) {
            for (HeaderStyle style : HeaderStyle.values()) {
                if (style.wireName().equals(s)) {
                    return style;
                }
            }
        }
        throw new InvalidOptionException("header_style", "header_style must be one of: bold, underline, both");
    }

    static PageSize pageSize(Object value) {
        if (value instanceof String s) {
            for (PageSize size : PageSize.values()) {
                if (size.wireName().equalsIgnoreCase(s)) {
                    return size;
                }
            }
        }
        throw new InvalidOptionException("page_size", "page_size must be one of: letter, a4");
    }

    static int sidebarWidth(Object value) {
        String message = "sidebar_width must be between " + MIN_SIDEBAR + " and " + MAX_SIDEBAR + " (percent of the page width)";
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.intValue() < MIN_SIDEBAR || n.intValue() > MAX_SIDEBAR) {
            throw new InvalidOptionException("sidebar_width", message);
        }
        return n.intValue();
    }

    static List<String> editableFields(Object value) {
        String message = "editable_fields must be an array of: " + String.join(", ", EDITABLE_FIELDS);
        if (!(value instanceof List<?> list)) {
            throw new InvalidOptionException("editable_fields", message);
        }
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof String s)) {
                String field = "editable_fields[" + i + "]";
                throw new InvalidOptionException(field, field + " must be a section name, one of: "
                        + String.join(", ", EDITABLE_FIELDS));
            }
            if (!EDITABLE_FIELDS.contains(s)) {
                throw new InvalidOptionException("editable_fields", "editable_fields has an unknown section '"
                        + s + "'. Valid: " + String.join(", ", EDITABLE_FIELDS));
            }
            if (!fields.contains(s)) {
                fields.add(s);
            }
        }
        return fields;
    }

    static Map<String, String> documentProperties(Object value) {
        String message = "document_properties must be an object with string values for author, title, subject, keywords";
        if (!(value instanceof Map<?, ?> raw)) {
            throw new InvalidOptionException("document_properties", message);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : raw.entrySet()) {
            if (!DOCUMENT_PROPERTIES.contains(String.valueOf(e.getKey()))) {
                throw new InvalidOptionException("document_properties." + e.getKey(),
                        "document_properties." + e.getKey() + " is not supported; use author, title, subject, keywords");
            }
            if (e.getValue() == null) {
                continue;
            }
            if (!(e.getValue() instanceof String s)) {
                throw new InvalidOptionException("document_properties." + e.getKey(), message);
            }
            properties.put(String.valueOf(e.getKey()), s);
        }
        return properties;
    }
}
