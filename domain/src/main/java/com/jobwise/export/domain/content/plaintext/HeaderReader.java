package com.jobwise.export.domain.content.plaintext;

import com.jobwise.export.domain.content.Header;
import java.util.List;
import java.util.Locale;

import static com.jobwise.export.domain.content.plaintext.PlainTextLines.*;

/** Reads the header block of a plain-text resume: name, title and contact lines. */
final class HeaderReader {
    private HeaderReader() {
    }

    /** The header is the leading block of lines up to the first blank line (at most 6 lines). */
    static int headerLength(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        int start = i;
        while (i < lines.size() && !lines.get(i).isBlank() && i - start < 6) {
            i++;
        }
        return i;
    }

    static Header header(List<String> lines, List<String> unplaced) {
        String name = null;
        String title = null;
        String email = null;
        String phone = null;
        String location = null;
        String linkedin = null;
        String github = null;
        String website = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean contact = EMAIL.matcher(line).find() || line.contains("|") || line.contains(" • ")
                    || line.contains(" · ") || PHONE.matcher(line).matches() || looksLikeUrl(line);
            if (!contact && name == null && line.length() <= 60 && line.split("\\s+").length <= 6) {
                name = line;
                continue;
            }
            if (!contact && title == null && name != null && line.length() <= 90) {
                title = line;
                continue;
            }
            if (!contact) {
                unplaced.add(line);
                continue;
            }
            for (String part : line.split("\\s*(?:\\||•|·)\\s*")) {
                String item = part.strip();
                if (item.isEmpty()) {
                    continue;
                }
                String lower = item.toLowerCase(Locale.ROOT);
                if (email == null && EMAIL.matcher(item).matches()) {
                    email = item;
                } else if (linkedin == null && lower.contains("linkedin.")) {
                    linkedin = item;
                } else if (github == null && lower.contains("github.")) {
                    github = item;
                } else if (phone == null && PHONE.matcher(item).matches() && digits(item) >= 7) {
                    phone = item;
                } else if (website == null && looksLikeUrl(item)) {
                    website = item;
                } else if (location == null && !EMAIL.matcher(item).find() && digits(item) < 7) {
                    location = item;
                } else {
                    unplaced.add(item);
                }
            }
        }
        return new Header(name, title, email, phone, location, linkedin, github, website);
    }

    static boolean looksLikeUrl(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return !s.contains(" ") && URL.matcher(s).matches()
                && (lower.startsWith("http") || lower.startsWith("www.") || lower.contains("/"));
    }

    static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
