package com.jobwise.export.adapters.rendering.text;

import java.text.Normalizer;

/**
 * Text clean-up for the view model (user text made safe for an XML text node). Wording (dates,
 * headings, labels) and the link policy live in {@code adapters.rendering.text}. Stateless.
 */
public final class Texts {

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
}
