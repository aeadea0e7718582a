package com.jobwise.export.adapters.rendering.docx;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a resume shows them: {@code 2021-03} and {@code 2021-03-15} become {@code Mar 2021},
 * {@code 2021} stays; anything else is printed as given. Letters use the long form
 * {@code November 15, 2025}.
 */
final class DateText {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    /** The word that ends a range that has not ended. */
    static final String PRESENT = "Present";

    private DateText() {
    }

    /** {@code Mar 2021} for {@code 2021-03}; {@code null} for a blank value. */
    static String month(String value) {
        if (!XmlText.hasText(value)) {
            return null;
        }
        String v = XmlText.clean(value).strip();
        Matcher m = ISO.matcher(v);
        if (!m.matches()) {
            return v;
        }
        if (m.group(2) == null) {
            return m.group(1);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return v;
        }
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.group(1);
    }

    /**
     * {@code Mar 2021 – Present}. The end reads {@code Present} when {@code ongoing}; a missing end
     * that is not ongoing leaves only the start.
     */
    static String range(String start, String end, boolean ongoing) {
        String from = month(start);
        String to = ongoing ? PRESENT : month(end);
        if (from == null) {
            return to;
        }
        return to == null ? from : from + " – " + to;
    }

    /** {@code November 15, 2025} for {@code 2025-11-15}; other values as {@link #month(String)}. */
    static String longDate(String value) {
        if (!XmlText.hasText(value)) {
            return null;
        }
        String v = XmlText.clean(value).strip();
        try {
            return LocalDate.parse(v).format(LONG);
        } catch (RuntimeException e) {
            return month(v);
        }
    }
}
