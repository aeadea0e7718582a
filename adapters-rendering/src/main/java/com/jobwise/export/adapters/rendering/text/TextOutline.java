package com.jobwise.export.adapters.rendering.text;

import java.util.List;

/**
 * A resume or cover letter as the words every text-based format lays out (TXT, Markdown, CSV, LaTeX), built by
 * {@link TextOutlines#of}: every string cleaned ({@code Texts.line}: NFC, no control characters, one line), dates
 * worded as in the PDF ({@code Mar 2021 – Present}), headings as the PDF templates name them, links present
 * only when their scheme is http, https or mailto. Absent values are {@code null}; lists are never {@code null}.
 *
 * @param resume   {@code true} for a resume, {@code false} for a cover letter
 * @param name     the person's name
 * @param title    the headline ({@code Senior Software Engineer})
 * @param contacts e-mail, phone, location, LinkedIn, GitHub, website, in that order
 * @param sections the resume's sections in the generation's order (empty for a cover letter)
 * @param letter   the cover letter's body ({@code null} for a resume)
 * @param lang     a BCP 47 language tag from the content's metadata, {@code en} by default
 */
public record TextOutline(boolean resume, String name, String title, List<Contact> contacts, List<Block> sections,
                          LetterBody letter, String lang) {

    public TextOutline {
        contacts = List.copyOf(contacts);
        sections = List.copyOf(sections);
    }

    /**
     * One contact item.
     *
     * @param kind  {@code email}, {@code phone}, {@code location}, {@code linkedin}, {@code github}, {@code website}
     * @param label {@code Email}, {@code Phone}, ...
     * @param text  what is shown (a URL without scheme and {@code www.})
     * @param href  a safe {@code mailto:}, {@code http:} or {@code https:} target, or {@code null}
     */
    public record Contact(String kind, String label, String text, String href) {
    }

    /**
     * A resume section.
     *
     * @param kind       {@code summary}, {@code skills}, {@code experience}, {@code projects}, {@code education},
     *                   {@code text}
     * @param heading    the heading as the PDF shows it ({@code Professional Summary}); may be {@code null} for a
     *                   text section without heading
     * @param paragraphs summary and text sections
     * @param categories skills
     * @param entries    experience, projects, education
     */
    public record Block(String kind, String heading, List<String> paragraphs, List<Category> categories,
                        List<Entry> entries) {
        public Block {
            paragraphs = List.copyOf(paragraphs);
            categories = List.copyOf(categories);
            entries = List.copyOf(entries);
        }
    }

    /**
     * A skill category.
     *
     * @param name  its name, or {@code null}
     * @param items each item's text ({@code Spanish (Native)}, {@code AWS Solutions Architect – Amazon})
     */
    public record Category(String name, List<String> items) {
        public Category {
            items = List.copyOf(items);
        }
    }

    /**
     * A position, project or degree.
     *
     * @param title        job title, project name, or degree ({@code B.S. in Computer Science})
     * @param organisation company or institution
     * @param location     where
     * @param start        the start date as given ({@code 2021-03}), for tabular formats
     * @param end          the end date as given, {@code Present} for a current position
     * @param dates        the range as worded ({@code Mar 2021 – Present})
     * @param description  one paragraph
     * @param bullets      bullet points
     * @param highlights   achievements, shown under "Highlights"
     * @param details      a project's technologies, a degree's GPA and honours, as one line
     * @param link         a project's URL
     */
    public record Entry(String title, String organisation, String location, String start, String end, String dates,
                        String description, List<String> bullets, List<String> highlights, String details,
                        Contact link) {
        public Entry {
            bullets = List.copyOf(bullets);
            highlights = List.copyOf(highlights);
        }
    }

    /**
     * The body of a cover letter.
     *
     * @param date       worded ({@code November 15, 2025})
     * @param recipient  name, title, company and address lines
     * @param subject    the subject line
     * @param greeting   {@code Dear Ms. Whitfield,}
     * @param paragraphs the paragraphs
     * @param closing    {@code Sincerely,}
     * @param signature  the signature, the sender's name when absent
     */
    public record LetterBody(String date, List<String> recipient, String subject, String greeting,
                             List<String> paragraphs, String closing, String signature) {
        public LetterBody {
            recipient = List.copyOf(recipient);
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
