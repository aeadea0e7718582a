package com.jobwise.export.domain.content.plaintext;

import com.jobwise.export.domain.content.EducationEntry;
import com.jobwise.export.domain.content.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.jobwise.export.domain.content.plaintext.PlainTextLines.*;

/** Reads an education section: degree, field of study, institution, dates, GPA and honours, as written. */
final class EducationReader {
    private EducationReader() {
    }

    static final class School {
        String degree;
        String field;
        String institution;
        String start;
        String end;
        Double gpa;
        final List<String> honors = new ArrayList<>();
    }

    static void education(List<String> lines, List<Section> sections) {
        List<School> schools = new ArrayList<>();
        School school = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            String text = bullet.matches() ? bullet.group(1).strip() : line;
            Matcher gpa = GPA.matcher(text);
            Double gpaValue = gpa.find() ? Double.valueOf(gpa.group(1)) : null;
            if (school != null && (bullet.matches() || text.toLowerCase(Locale.ROOT).startsWith("honors")
                    || text.toLowerCase(Locale.ROOT).startsWith("honours") || (gpaValue != null && school.gpa == null
                    && text.length() < 40))) {
                if (gpaValue != null && school.gpa == null) {
                    school.gpa = gpaValue;
                    String rest = GPA.matcher(text).replaceAll("").replaceAll("^[\\s,;|]+|[\\s,;|]+$", "");
                    if (!rest.isEmpty()) {
                        school.honors.add(rest);
                    }
                } else {
                    school.honors.add(text.replaceFirst("(?i)^hono(u)?rs\\s*:\\s*", ""));
                }
                continue;
            }
            school = new School();
            schools.add(school);
            school.gpa = gpaValue;
            String head = gpaValue == null ? text
                    : GPA.matcher(text).replaceAll("").replaceAll("[\\s,;|]+$", "").replaceAll("\\s{2,}", " ");
            Dates dates = trailingDates(head);
            if (dates != null) {
                school.start = dates.start();
                school.end = dates.end();
                head = dates.head();
            }
            List<String> parts = head.contains("|") ? parts(head) : List.of(head.split("\\s*,\\s*", 2));
            String degreePart = parts.get(0).strip();
            String institution = parts.size() > 1 ? String.join(", ", parts.subList(1, parts.size())).strip() : null;
            if (institution != null && INSTITUTION.matcher(degreePart).find() && !INSTITUTION.matcher(institution).find()) {
                String swap = degreePart;
                degreePart = institution;
                institution = swap;
            }
            school.institution = institution == null || institution.isEmpty() ? null : institution;
            // the degree exactly as written: never split and reworded as "<degree> in <field>"
            school.degree = degreePart;
        }
        List<EducationEntry> entries = new ArrayList<>();
        for (School s : schools) {
            entries.add(new EducationEntry("text-edu-" + entries.size(), s.degree, s.field, s.institution, s.start,
                    s.end, s.gpa, s.honors));
        }
        sections.add(new Section.Education(entries));
    }
}
