package com.jobwise.export.adapters.rendering.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a rendered document adds around the user's content, in one language: section
 * headings, labels, "Present", month names, date ranges, the long date of a letter, connectors and
 * the page footer. One formatter for PDF and DOCX, so the same content gives the same words in
 * both. The words of a language live in the UTF-8 resource {@code words_<language>.properties}
 * beside this class. Immutable and thread-safe.
 *
 * <p>User text is never reworded: a date that is not {@code yyyy}, {@code yyyy-mm} or
 * {@code yyyy-mm-dd} is printed as written (line breaks folded, trimmed).
 */
public final class Wording {
    /** The languages with a word list, as ISO 639-1 codes. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "pt", "pl");
    /** The default language. */
    public static final String DEFAULT_LANGUAGE = "en";

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Map<String, Wording> CACHE = new ConcurrentHashMap<>();

    /** English. */
    public static final Wording ENGLISH = of(DEFAULT_LANGUAGE);

    private final String language;
    private final Properties words;
    private final String[] months;
    private final String[] longMonths;

    private Wording(String language, Properties words) {
        this.language = language;
        this.words = words;
        this.months = words.getProperty("date.months").split(",");
        this.longMonths = words.getProperty("date.months.long").split(",");
        if (months.length != 12 || longMonths.length != 12) {
            throw new IllegalStateException("words_" + language + ".properties needs 12 month names");
        }
    }

    /**
     * The words of {@code language} (an ISO 639-1 code of {@link #LANGUAGES}, any case, a region
     * such as {@code fr-CA} ignored).
     *
     * @throws IllegalArgumentException when the language has no word list
     */
    public static Wording of(String language) {
        String code = base(language);
        if (code == null || !LANGUAGES.contains(code)) {
            throw new IllegalArgumentException("no word list for language " + language);
        }
        return CACHE.computeIfAbsent(code, Wording::load);
    }

    /** Whether {@link #of} knows {@code language}. */
    public static boolean supports(String language) {
        String code = base(language);
        return code != null && LANGUAGES.contains(code);
    }

    private static String base(String language) {
        if (language == null) {
            return null;
        }
        String l = language.strip().toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        return dash > 0 ? l.substring(0, dash) : l;
    }

    private static Wording load(String code) {
        String file = "words_" + code + ".properties";
        try (InputStream in = Wording.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Wording(code, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ISO 639-1 code of this word list, e.g. {@code fr}. */
    public String language() {
        return language;
    }

    /**
     * The word or phrase {@code key} of the word list ({@code heading.skills}, {@code label.gpa}...).
     *
     * @throws IllegalArgumentException when the list has no such key
     */
    public String word(String key) {
        String w = words.getProperty(key);
        if (w == null) {
            throw new IllegalArgumentException("words_" + language + " has no " + key);
        }
        return w;
    }

    /** The word that ends a range still running: {@code Present}. */
    public String present() {
        return word("date.present");
    }

    /**
     * {@code 2021-03} and {@code 2021-03-15} as {@code Mar 2021} (the language's short month),
     * {@code 2021} as is; other text as written; {@code null} when blank.
     */
    public String monthYear(String date) {
        String d = flat(date);
        if (d == null) {
            return null;
        }
        Matcher m = ISO.matcher(d);
        if (!m.matches() || m.group(2) == null) {
            return d;
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12 || m.group(3) != null && !validDay(m.group(1), month, m.group(3))) {
            return d;
        }
        return word("date.month_year").replace("{month}", months[month - 1]).replace("{year}", m.group(1));
    }

    /**
     * {@code Mar 2021 – Present}, {@code 2015 – 2017}, {@code Mar 2021}, or {@code null} when there
     * is neither start nor end. {@code current} puts {@link #present()} in place of the end.
     */
    public String range(String start, String end, boolean current) {
        String s = monthYear(start);
        String e = current ? present() : monthYear(end);
        if (s == null) {
            return e;
        }
        return e == null ? s : s + " – " + e;
    }

    /** {@code 2025-11-15} as the language's long date ({@code November 15, 2025}); other text as written. */
    public String longDate(String date) {
        String d = flat(date);
        if (d == null) {
            return null;
        }
        Matcher m = ISO.matcher(d);
        if (m.matches() && m.group(3) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12 && validDay(m.group(1), month, m.group(3))) {
                String day = String.valueOf(Integer.parseInt(m.group(3)));
                return word("date.long").replace("{day}", words.getProperty("date.day." + day, day))
                        .replace("{month}", longMonths[month - 1]).replace("{year}", m.group(1));
            }
        }
        return monthYear(d);
    }

    private static boolean validDay(String year, int month, String day) {
        try {
            java.time.LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /**
     * {@code BSc in Computer Science}: degree and field joined by the language's pattern; either
     * alone when the other is blank, and the degree alone, as written, when it already holds the
     * field ({@code Bachelor of Science in Nursing} with field {@code Nursing}).
     */
    public String degree(String degree, String field) {
        String d = flat(degree);
        String f = flat(field);
        if (d == null || f == null) {
            return d == null ? f : d;
        }
        if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(d).find()) {
            return d;
        }
        return word("degree.pattern").replace("{degree}", d).replace("{field}", f);
    }

    /** {@code GPA 3.8}: the GPA with at most two decimals and at least one ({@code 4} → {@code 4.0}). */
    public String gpa(Double gpa) {
        if (gpa == null || gpa.isNaN() || gpa.isInfinite()) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(gpa).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String n = d.scale() < 1 ? d.setScale(1, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString();
        return word("label.gpa") + " " + n;
    }

    /**
     * The dates of a certification: {@code Jun 2023 – Jun 2026}, {@code Jun 2023}, or
     * {@code Expires Jun 2026}; {@code null} with neither.
     */
    public String certificationDates(String obtained, String expiry) {
        String o = monthYear(obtained);
        String e = monthYear(expiry);
        if (o == null) {
            return e == null ? null : word("label.expires") + " " + e;
        }
        return e == null ? o : o + " – " + e;
    }

    /** {@code Credential ID X}, or {@code null} for a blank id. */
    public String credential(String id) {
        String i = flat(id);
        return i == null ? null : word("label.credential_id") + " " + i;
    }

    /** The details of a certification after its name: issuer, dates, credential, those present, in that order. */
    public List<String> certificationDetails(String issuer, String obtained, String expiry, String credentialId) {
        List<String> out = new ArrayList<>();
        add(out, flat(issuer));
        add(out, certificationDates(obtained, expiry));
        add(out, credential(credentialId));
        return out;
    }

    /** The details of an education entry: the GPA, then each honour. */
    public List<String> educationDetails(Double gpa, List<String> honors) {
        List<String> out = new ArrayList<>();
        add(out, gpa(gpa));
        for (String h : honors) {
            add(out, flat(h));
        }
        return out;
    }

    /** The footer's words around the page number and count: {@code ["Page ", " of ", ""]}. */
    public List<String> pageOf() {
        String pattern = word("page.of");
        int p = pattern.indexOf("{page}");
        int n = pattern.indexOf("{pages}");
        return List.of(pattern.substring(0, p), pattern.substring(p + 6, n), pattern.substring(n + 7));
    }

    private static void add(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    /** NFC, line breaks and runs of white space folded into one space, trimmed; {@code null} when blank. */
    static String flat(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s*[\\r\\n\\u2028\\u2029]+\\s*", " ").strip();
        return n.isEmpty() ? null : n;
    }
}
