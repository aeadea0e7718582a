package com.jobwise.export.adapters.rendering.latex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.Locale;

/**
 * User text made into LaTeX that prints exactly that text and can run nothing. Every character with a meaning
 * to TeX is written as a text command ({@code \textbackslash{}}, escaped braces, {@code \$}, {@code \&}, {@code \#},
 * {@code \%}, {@code \_}, {@code \textasciitilde{}}, {@code \textasciicircum{}}, {@code \textless{}}, ...), so no
 * control sequence, group, math or comment can be formed: {@code \input{/etc/passwd}} or {@code \write18{...}}
 * print literally. Ligature-forming pairs ({@code --}, {@code ,,}, {@code !`}) are split with {@code {}} and
 * the straight quote is {@code \textquotesingle{}}, so the PDF holds the characters typed, not typographic
 * substitutes. Non-ASCII characters pass as UTF-8 when pdflatex prints them with inputenc and the T1/TS1
 * encodings ({@code latex/t1-ts1-codepoints.txt}); any other is written as its unaccented base letter when
 * that one prints (Vietnamese {@code ệ} → {@code e}), else as {@code ?} (letters and digits) or left out
 * (symbols, emoji), since an unsupported character would stop the compilation. Stateless.
 */
public final class LatexText {
    private static final BitSet SUPPORTED = load();

    private LatexText() {
    }

    private static BitSet load() {
        BitSet set = new BitSet(0x2200);
        try (InputStream in = LatexText.class.getResourceAsStream("/latex/t1-ts1-codepoints.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    set.set(Integer.parseInt(line, 16));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }

    /** {@code text} escaped for a LaTeX paragraph; {@code null} gives the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int next = i < s.length() ? s.codePointAt(i) : -1;
            switch (cp) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append("\\{");
                case '}' -> out.append("\\}");
                case '$' -> out.append("\\$");
                case '&' -> out.append("\\&");
                case '#' -> out.append("\\#");
                case '%' -> out.append("\\%");
                case '_' -> out.append("\\_");
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '<' -> out.append("\\textless{}");
                case '>' -> out.append("\\textgreater{}");
                case '|' -> out.append("\\textbar{}");
                case '"' -> out.append("\\textquotedbl{}");
                case '`' -> out.append("\\textasciigrave{}");
                case '\n', '\r', '\t' -> out.append(' ');
                case 0xA0 -> out.append('~');
                case '\'' -> out.append("\\textquotesingle{}");
                case '-', ',', '!', '?' -> {
                    out.appendCodePoint(cp);
                    if (next == cp || (cp == '!' || cp == '?') && next == '`') {
                        out.append("{}");
                    }
                }
                default -> appendOther(out, cp);
            }
        }
        return out.toString();
    }

    /** An http, https or mailto URL for {@code \href}'s first argument: {@code %} and {@code #} escaped. */
    public static String url(String href) {
        StringBuilder out = new StringBuilder(href.length());
        for (char c : href.toCharArray()) {
            switch (c) {
                case '%' -> out.append("\\%");
                case '#' -> out.append("\\#");
                case '\\', '{', '}', ' ', '\n', '\r', '\t' -> {
                    // never in a URI that java.net.URI accepted; dropped rather than trusted
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text for a PDF metadata string ({@code \hypersetup}): only letters, digits, spaces and {@code .,;:()'/@+-}
     * are kept, then escaped, so hyperref's string conversion meets no command at all.
     */
    public static String metadata(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.isLetterOrDigit(c) || c == ' ' || ".,;:()'/@+-".indexOf(c) >= 0)
                .forEach(kept::appendCodePoint);
        return escape(kept.toString().replace("--", "-"));
    }

    private static void appendOther(StringBuilder out, int cp) {
        if (cp < 0x20 || cp == 0x7F) {
            return;
        }
        if (cp < 0x7F || SUPPORTED.get(cp)) {
            out.appendCodePoint(cp);
            return;
        }
        String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        if (!base.isEmpty() && base.codePoints().allMatch(c -> c >= 0x20 && c < 0x7F && Character.isLetterOrDigit(c)
                || SUPPORTED.get(c))) {
            out.append(base);
        } else if (Character.isLetterOrDigit(cp)) {
            out.append('?');
        } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            out.append(' ');
        }
    }

    /** {@code text} in capitals (for headings), then escaped. */
    public static String capitals(String text) {
        return escape(text == null ? null : text.toUpperCase(Locale.ROOT));
    }
}
