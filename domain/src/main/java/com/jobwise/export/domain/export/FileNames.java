package com.jobwise.export.domain.export;

import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Client-facing file names: what {@code Content-Disposition} suggests and what a ZIP entry is called.
 * A name is never a path: directory parts, control characters, bidirectional controls (U+061C,
 * U+200E/U+200F, U+202A-U+202E, U+2066-U+2069: they make {@code gpj.exe} look like {@code exe.jpg}),
 * characters Windows forbids and reserved device names ({@code CON}, {@code NUL}, {@code COM1} ...) are removed, and the extension
 * always matches the format.
 */
public final class FileNames {
    /** Longest name kept, in characters, extension included. */
    public static final int MAX_LENGTH = 120;

    private static final Pattern FORBIDDEN = Pattern.compile(
            "[\\p{Cntrl}\\\\/:*?\"<>|\\p{Cs}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private FileNames() {
    }

    /**
     * The file name of an export: {@code requested} made safe, or, when it is blank, one built from
     * the person's name and the document type ({@code Jordan_Alvarez_Resume.pdf}).
     */
    public static String forExport(String requested, DocumentContent content, ExportFormat format) {
        String safe = requested == null ? "" : sanitizeBase(stripExtension(lastSegment(requested), format));
        if (safe.isEmpty()) {
            String person = content == null || content.header().name() == null ? ""
                    : sanitizeBase(content.header().name());
            String kind = content instanceof CoverLetterContent ? "Cover_Letter" : "Resume";
            safe = person.isEmpty() ? kind : person + "_" + kind;
        }
        return withExtension(safe, format);
    }

    /** {@code requested} made safe with {@code format}'s extension, or {@code fallback} when nothing is left. */
    public static String sanitize(String requested, String fallback, ExportFormat format) {
        String safe = requested == null ? "" : sanitizeBase(stripExtension(lastSegment(requested), format));
        return withExtension(safe.isEmpty() ? sanitizeBase(fallback) : safe, format);
    }

    private static String lastSegment(String name) {
        String trimmed = name.strip();
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return slash >= 0 ? trimmed.substring(slash + 1) : trimmed;
    }

    private static String stripExtension(String name, ExportFormat format) {
        String suffix = "." + format.extension();
        return name.toLowerCase(Locale.ROOT).endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }

    private static String sanitizeBase(String name) {
        String cleaned = FORBIDDEN.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll("");
        cleaned = WHITESPACE.matcher(cleaned.strip()).replaceAll("_");
        cleaned = cleaned.replaceAll("^[._-]+", "").replaceAll("[. ]+$", "");
        if (cleaned.length() > MAX_LENGTH - 6) {
            cleaned = cleaned.substring(0, MAX_LENGTH - 6);
        }
        String stem = cleaned.contains(".") ? cleaned.substring(0, cleaned.indexOf('.')) : cleaned;
        if (RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            cleaned = "_" + cleaned;
        }
        return cleaned;
    }

    private static String withExtension(String base, ExportFormat format) {
        return base + "." + format.extension();
    }
}
