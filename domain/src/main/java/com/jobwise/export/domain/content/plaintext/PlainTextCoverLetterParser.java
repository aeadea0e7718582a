package com.jobwise.export.domain.content.plaintext;

import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.Header;
import com.jobwise.export.domain.content.Letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a plain-text cover letter ({@code content_text} of a {@code cover_letter} generation) into a
 * {@link CoverLetterContent}: the lines before the greeting form the header (first line the name, an
 * email anywhere is recognised), "Dear ..." is the greeting, blank-line separated blocks are the
 * paragraphs, and a closing such as "Sincerely," with the lines after it is the closing and signature.
 * Nothing is dropped: text that fits no part becomes a paragraph.
 */
public final class PlainTextCoverLetterParser {
    private static final Pattern GREETING = Pattern.compile("(?i)^(dear|hello|hi|to whom)\\b.*");
    private static final Pattern CLOSING = Pattern.compile(
            "(?i)^(sincerely|best regards|kind regards|regards|yours sincerely|yours faithfully|respectfully|best|thank you),?$");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9()./ -]{7,}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s|,;<>]+@[^\\s|,;<>]+\\.[A-Za-z]{2,}");

    private PlainTextCoverLetterParser() {
    }

    /** Parses {@code text}; never drops a non-blank line. */
    public static CoverLetterContent parse(String text) {
        List<String> lines = text == null ? List.of() : List.of(text.strip().split("\\R"));
        int greeting = indexOf(lines, GREETING, 0);
        int closing = indexOf(lines, CLOSING, Math.max(greeting, 0));
        List<String> head = greeting >= 0 ? lines.subList(0, greeting) : List.of();
        List<String> body = lines.subList(greeting >= 0 ? greeting + 1 : 0, closing >= 0 ? closing : lines.size());

        String name = head.stream().filter(l -> !l.isBlank()).findFirst().map(String::strip).orElse(null);
        String email = null;
        String phone = null;
        String location = null;
        List<String> paragraphs = new ArrayList<>();
        for (String line : head) {
            if (line.isBlank() || line.strip().equals(name)) {
                continue;
            }
            if (email == null && EMAIL.matcher(line).find()) {
                for (String part : line.split("[|•·]")) {
                    String item = part.strip();
                    if (EMAIL.matcher(item).matches()) {
                        email = item;
                    } else if (phone == null && PHONE.matcher(item).matches()) {
                        phone = item;
                    } else if (location == null && !item.isEmpty()) {
                        location = item;
                    } else if (!item.isEmpty()) {
                        paragraphs.add(item);
                    }
                }
            } else {
                paragraphs.add(line.strip());
            }
        }
        StringBuilder block = new StringBuilder();
        for (String line : body) {
            if (line.isBlank()) {
                flush(block, paragraphs);
            } else {
                block.append(block.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        flush(block, paragraphs);
        String closingText = closing >= 0 ? lines.get(closing).strip() : null;
        List<String> after = closing >= 0 ? lines.subList(closing + 1, lines.size()).stream()
                .filter(l -> !l.isBlank()).map(String::strip).toList() : List.of();
        String signature = after.isEmpty() ? null : String.join(" ", after);
        Header header = new Header(name, null, email, phone, location, null, null, null);
        return new CoverLetterContent(header, new Letter(null, null, null,
                greeting >= 0 ? lines.get(greeting).strip() : null, paragraphs, closingText, signature), Map.of());
    }

    private static void flush(StringBuilder block, List<String> paragraphs) {
        if (!block.isEmpty()) {
            paragraphs.add(block.toString());
            block.setLength(0);
        }
    }

    private static int indexOf(List<String> lines, Pattern pattern, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i).strip()).matches()) {
                return i;
            }
        }
        return -1;
    }
}
