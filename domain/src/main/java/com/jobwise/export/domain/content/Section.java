package com.jobwise.export.domain.content;

import java.util.List;

/** One section of a resume, by the spec's {@code type}. */
public sealed interface Section {

    /** The spec's {@code type} value, e.g. {@code professional_summary}. */
    String type();

    /** {@code professional_summary}: one paragraph. */
    record Summary(String content) implements Section {
        @Override
        public String type() {
            return "professional_summary";
        }
    }

    /** {@code skills}: named categories of strings, languages or certifications. */
    record Skills(List<SkillCategory> categories) implements Section {
        public Skills {
            categories = categories == null ? List.of() : List.copyOf(categories);
        }

        @Override
        public String type() {
            return "skills";
        }
    }

    /** {@code experience}: positions, most recent first as the generation gives them. */
    record Experience(List<ExperienceEntry> entries) implements Section {
        public Experience {
            entries = entries == null ? List.of() : List.copyOf(entries);
        }

        @Override
        public String type() {
            return "experience";
        }
    }

    /** {@code projects}. */
    record Projects(List<ProjectEntry> entries) implements Section {
        public Projects {
            entries = entries == null ? List.of() : List.copyOf(entries);
        }

        @Override
        public String type() {
            return "projects";
        }
    }

    /** {@code education}. */
    record Education(List<EducationEntry> entries) implements Section {
        public Education {
            entries = entries == null ? List.of() : List.copyOf(entries);
        }

        @Override
        public String type() {
            return "education";
        }
    }

    /**
     * Text that fits no other section: a heading and paragraphs. Produced by the plain-text parser
     * for whatever it cannot place, so nothing is ever dropped.
     */
    record Text(String heading, List<String> paragraphs) implements Section {
        public Text {
            paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        }

        @Override
        public String type() {
            return "text";
        }
    }
}
