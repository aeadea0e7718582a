package com.jobwise.export.domain.content.plaintext;

import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.content.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static com.jobwise.export.domain.content.plaintext.PlainTextLines.*;

/** Reads an experience section: entry lines with trailing dates, descriptions and bullets. */
final class ExperienceReader {
    private ExperienceReader() {
    }

    static final class Job {
        String title;
        String company;
        String location;
        String start;
        String end;
        boolean current;
        final List<String> description = new ArrayList<>();
        final List<String> bullets = new ArrayList<>();

        ExperienceEntry toEntry(int index) {
            return new ExperienceEntry("text-exp-" + index, title, company, location, start, end, current,
                    description.isEmpty() ? null : String.join(" ", description), bullets, List.of());
        }
    }


    static void experience(List<String> lines, List<Section> sections) {
        List<Job> jobs = new ArrayList<>();
        Job job = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                if (job == null) {
                    job = new Job();
                    jobs.add(job);
                }
                job.bullets.add(bullet.group(1).strip());
                continue;
            }
            Dates dates = trailingDates(line);
            if (dates != null && dates.head().isEmpty() && job != null && job.start == null) {
                job.start = dates.start();
                job.end = dates.end();
                job.current = dates.current();
            } else if (dates != null || job == null || !job.bullets.isEmpty() && looksLikeEntryHeader(line)) {
                job = new Job();
                jobs.add(job);
                String head = dates == null ? line : dates.head();
                if (dates != null) {
                    job.start = dates.start();
                    job.end = dates.end();
                    job.current = dates.current();
                }
                List<String> parts = parts(head);
                if (dates == null && !looksLikeEntryHeader(head)) {
                    job.description.add(head);
                } else if (!parts.isEmpty()) {
                    job.title = parts.get(0);
                    job.company = parts.size() > 1 ? parts.get(1) : null;
                    job.location = parts.size() > 2 ? String.join(", ", parts.subList(2, parts.size())) : null;
                }
            } else if (!job.bullets.isEmpty() && Character.isLowerCase(line.codePointAt(0))) {
                int last = job.bullets.size() - 1;
                job.bullets.set(last, job.bullets.get(last) + " " + line);
            } else if (!job.bullets.isEmpty()) {
                job.bullets.add(line);
            } else {
                job.description.add(line);
            }
        }
        List<ExperienceEntry> entries = new ArrayList<>();
        for (Job j : jobs) {
            entries.add(j.toEntry(entries.size()));
        }
        sections.add(new Section.Experience(entries));
    }
}
