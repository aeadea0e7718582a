package com.jobwise.export.domain.content.plaintext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Patterns and line helpers shared by the plain-text resume readers: bullets, contacts, dates, entry lines. */
final class PlainTextLines {
    private PlainTextLines() {
    }

    static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•‣▪◦·–—]|\\d{1,2}[.)])\\s+(.*)$");
    static final Pattern EMAIL = Pattern.compile("[^\\s@|<>()]+@[^\\s@|<>()]+\\.[^\\s@|<>()]+");
    static final Pattern PHONE = Pattern.compile("^\\+?[\\d\\s().\\-/]{7,}$");
    static final Pattern URL = Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?[a-z0-9.-]+\\.[a-z]{2,}(?:/\\S*)?$");
    static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    static final String DATE = "(?:(?:" + MONTH + "\\s+)?(?:\\d{1,2}[/.])?\\d{4}|\\d{4}-\\d{2})";
    static final String OPEN = "(?:present|current|now|today|ongoing)";
    static final String SEP = "\\s*(?:–|—|-|to|until)\\s*";
    /** {@code (2019 – Present)} or {@code (2019)} at the end of a line. */
    static final Pattern DATES_IN_PARENS = Pattern.compile(
            "(?i)^(.*?)\\s*\\(\\s*(" + DATE + ")(?:" + SEP + "(" + DATE + "|" + OPEN + "))?\\s*\\)\\s*$");
    /** {@code , 2019 – 2021} or {@code | Jan 2019} after a separator at the end of a line. */
    static final Pattern DATES_AFTER_SEPARATOR = Pattern.compile(
            "(?i)^(.*?)\\s*[,|–—]\\s*(" + DATE + ")(?:" + SEP + "(" + DATE + "|" + OPEN + "))?\\s*$");
    /** {@code Jan 2019 - Present} after a space: a full range only, so a sentence ending in a year is no entry. */
    static final Pattern RANGE_AFTER_SPACE = Pattern.compile(
            "(?i)^(.*?)\\s+(" + DATE + ")" + SEP + "(" + DATE + "|" + OPEN + ")\\s*$");
    static final Pattern GPA = Pattern.compile("(?i)\\bGPA\\s*[:=]?\\s*(\\d(?:\\.\\d{1,2})?)(?:\\s*/\\s*\\d(?:\\.\\d+)?)?");
    static final Pattern LABELLED = Pattern.compile("^([^:,]{2,40}):\\s*(.+)$");
    static final Pattern INSTITUTION = Pattern.compile("(?i)univers|college|institut|school|academ|polytechn|hochschule|école|ecole");


    /** Groups lines into paragraphs: blank lines separate, each bullet is its own paragraph. */
    static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            Matcher bullet = BULLET.matcher(line);
            if (line.isEmpty() || bullet.matches()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
                if (bullet.matches()) {
                    paragraphs.add(bullet.group(1).strip());
                }
                continue;
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(line);
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    record Dates(String head, String start, String end, boolean current) {
    }

    static Dates trailingDates(String line) {
        for (Pattern pattern : List.of(DATES_IN_PARENS, DATES_AFTER_SEPARATOR, RANGE_AFTER_SPACE)) {
            Matcher m = pattern.matcher(line);
            if (m.matches()) {
                String end = m.group(3) == null ? null : m.group(3).strip();
                boolean current = end != null && end.toLowerCase(Locale.ROOT).matches(OPEN);
                String head = m.group(1).strip().replaceAll("[\\s,|–—-]+$", "");
                return new Dates(head, m.group(2).strip(), current ? null : end, current);
            }
        }
        return null;
    }

    /** Splits an entry line into its parts: on {@code |}, else on spaced dashes, else on commas. */
    static List<String> parts(String head) {
        String[] split;
        if (head.contains("|")) {
            split = head.split("\\s*\\|\\s*");
        } else if (head.matches(".*\\s[–—-]\\s.*")) {
            split = head.split("\\s+[–—-]\\s+");
        } else if (head.toLowerCase(Locale.ROOT).contains(" at ") && !head.contains(",")) {
            split = head.split("(?i)\\s+at\\s+", 2);
        } else {
            split = head.split("\\s*,\\s*");
        }
        List<String> parts = new ArrayList<>();
        for (String s : split) {
            if (!s.isBlank()) {
                parts.add(s.strip());
            }
        }
        return parts;
    }

    static boolean looksLikeEntryHeader(String line) {
        return line.length() <= 120 && !line.endsWith(".") && !Character.isLowerCase(line.codePointAt(0))
                && parts(line).size() >= 2;
    }
}
