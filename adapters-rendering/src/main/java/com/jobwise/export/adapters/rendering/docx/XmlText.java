package com.jobwise.export.adapters.rendering.docx;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes user text safe for WordprocessingML: removes what XML 1.0 cannot hold (C0 controls other
 * than tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF) and the C1 controls
 * U+007F to U+009F, which no reader shows. Nothing else is changed.
 */
final class XmlText {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\u2028\\u2029]");

    private XmlText() {
    }

    /** {@code text} without the characters XML cannot hold; {@code ""} for {@code null}. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean keep;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                keep = true;
                width = 2;
            } else if (Character.isSurrogate(c)) {
                keep = false;
            } else if (c == '\t' || c == '\n' || c == '\r') {
                keep = true;
            } else {
                keep = c >= 0x20 && !(c >= 0x7F && c <= 0x9F) && c != 0xFFFE && c != 0xFFFF;
            }
            if (!keep && out == null) {
                out = new StringBuilder(length).append(text, 0, i);
            } else if (keep && out != null) {
                out.append(text, i, i + width);
            }
            i += width - 1;
        }
        return out == null ? text : out.toString();
    }

    /** The cleaned text split at line breaks (CR, LF, CRLF, U+2028, U+2029), tabs turned into spaces. */
    static List<String> lines(String text) {
        return List.of(LINE_BREAK.split(clean(text).replace('\t', ' '), -1));
    }

    /** Whether {@code text} holds anything visible once cleaned. */
    static boolean hasText(String text) {
        return text != null && !clean(text).isBlank();
    }
}
