package com.jobwise.export.adapters.rendering.template;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text clean-up, date wording and link checks for the view model, and for every other format that lays the
 * same words out (the {@code text} package and its formats). Stateless.
 */
public final class Texts {
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()\\[\\],;:\"?&#/\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?\\.[A-Za-z]{2,}");
    private static final Pattern BARE_DOMAIN = Pattern.compile("(?i)(?:www\\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?:[/?#]\\S*)?");

    private Texts() {
    }

    /**
     * User text made safe for an XML text node: NFC-normalised, characters XML 1.0 forbids
     * (control characters, lone surrogates, U+FFFE/U+FFFF) and invisible C1 controls and soft
     * hyphens removed, tabs as spaces, line breaks kept as {@code \n}, trimmed.
     *
     * @return the text, or {@code null} when nothing visible is left
     */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s.replace("\r\n", "\n"), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\n' || cp == '\r') {
                out.append('\n');
            } else if (cp < 0x20 || cp >= 0x7F && cp < 0xA0 || cp == 0xFFFE || cp == 0xFFFF
                    || Character.getType(cp) == Character.SURROGATE || cp == 0xAD) {
                continue;
            } else {
                out.appendCodePoint(cp);
            }
        }
        String t = out.toString().strip();
        return t.isEmpty() ? null : t;
    }

    /** {@link #clean} with every line break folded into a space: for one-line fields. */
    public static String line(String s) {
        String c = clean(s);
        return c == null ? null : c.replaceAll("\\s*\\n\\s*", " ");
    }

    /** {@code 2021-03} as {@code Mar 2021}, {@code 2024-03-15} as {@code Mar 2024}; other text as given. */
    public static String monthYear(String date) {
        String d = line(date);
        if (d == null) {
            return null;
        }
        try {
            if (YEAR_MONTH.matcher(d).matches()) {
                return YearMonth.parse(d).format(MONTH_YEAR);
            }
            if (ISO_DATE.matcher(d).matches()) {
                return LocalDate.parse(d).format(MONTH_YEAR);
            }
        } catch (DateTimeParseException e) {
            return d;
        }
        return d;
    }

    /** {@code 2025-11-15} as {@code November 15, 2025}; other text as given. */
    public static String longDate(String date) {
        String d = line(date);
        if (d != null && ISO_DATE.matcher(d).matches()) {
            try {
                return LocalDate.parse(d).format(LONG_DATE);
            } catch (DateTimeParseException e) {
                return d;
            }
        }
        return d;
    }

    /** {@code Mar 2021 – Present}, {@code 2015 – 2017}, {@code Mar 2021} or {@code null}. */
    public static String range(String start, String end, boolean current) {
        String s = monthYear(start);
        String e = current ? "Present" : monthYear(end);
        if (s == null) {
            return e;
        }
        return e == null ? s : s + " – " + e;
    }

    /** An email address a {@code mailto:} link may carry; anything else gets no link. */
    public static String mailtoHref(String email) {
        String e = line(email);
        return e != null && EMAIL.matcher(e).matches() ? "mailto:" + e : null;
    }

    /**
     * An http or https URL, as a normalised ASCII string, or {@code null}. A bare domain such as
     * {@code linkedin.com/in/x} gets {@code https://}; every other scheme ({@code javascript:},
     * {@code file:}, {@code data:}...) is refused.
     */
    public static String webHref(String url) {
        String u = line(url);
        if (u == null || u.contains(" ")) {
            return null;
        }
        String candidate = u;
        if (!u.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            if (!BARE_DOMAIN.matcher(u).matches()) {
                return null;
            }
            candidate = "https://" + u;
        }
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
                return null;
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The text shown for a URL: without scheme, {@code www.} and trailing slash. */
    public static String displayUrl(String url) {
        String u = line(url);
        if (u == null) {
            return null;
        }
        String shown = u.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
        return shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
    }
}
