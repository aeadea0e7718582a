package com.jobwise.export.domain.content.plaintext;

import com.jobwise.export.domain.content.ProjectEntry;
import com.jobwise.export.domain.content.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import static com.jobwise.export.domain.content.plaintext.HeaderReader.looksLikeUrl;
import static com.jobwise.export.domain.content.plaintext.PlainTextLines.*;
import static com.jobwise.export.domain.content.plaintext.SkillsReader.items;

/** Reads a projects section: project names, descriptions, bullets and technologies. */
final class ProjectReader {
    private ProjectReader() {
    }

    static final class Project {
        String name;
        String url;
        String start;
        String end;
        final List<String> description = new ArrayList<>();
        final List<String> technologies = new ArrayList<>();
    }

    static void projects(List<String> lines, List<Section> sections) {
        List<Project> projects = new ArrayList<>();
        Project project = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            String text = bullet.matches() ? bullet.group(1).strip() : line;
            Matcher labelled = LABELLED.matcher(text);
            if (project != null && labelled.matches() && labelled.group(1).strip().toLowerCase(Locale.ROOT)
                    .matches("tech(nologies|nology| stack)?|stack|tools|built with")) {
                project.technologies.addAll(items(List.of(labelled.group(2))));
            } else if (project != null && project.url == null && looksLikeUrl(text)) {
                project.url = text;
            } else if (project == null || !bullet.matches() && !project.description.isEmpty()
                    && looksLikeProjectName(text)) {
                project = new Project();
                projects.add(project);
                Dates dates = trailingDates(text);
                String head = text;
                if (dates != null) {
                    project.start = dates.start();
                    project.end = dates.end();
                    head = dates.head();
                }
                String[] nameAndRest = head.split("\\s+[–—-]\\s+|:\\s+", 2);
                project.name = nameAndRest[0].strip();
                if (nameAndRest.length > 1) {
                    project.description.add(nameAndRest[1].strip());
                }
            } else {
                project.description.add(text);
            }
        }
        List<ProjectEntry> entries = new ArrayList<>();
        for (Project p : projects) {
            entries.add(new ProjectEntry("text-proj-" + entries.size(), p.name,
                    p.description.isEmpty() ? null : String.join(" ", p.description), p.technologies, p.url,
                    p.start, p.end));
        }
        sections.add(new Section.Projects(entries));
    }

    static boolean looksLikeProjectName(String text) {
        return text.length() <= 60 && !text.endsWith(".") && !Character.isLowerCase(text.codePointAt(0));
    }
}
