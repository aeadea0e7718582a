package com.jobwise.export.domain.content.plaintext;

import com.jobwise.export.domain.content.EducationEntry;
import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.content.Header;
import com.jobwise.export.domain.content.ProjectEntry;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillCategory;
import com.jobwise.export.domain.content.SkillItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextResumeParserTest {

    /** The {@code content_text} of the plain-text sample generation, read from the examples directory. */
    private static String sampleText() throws IOException {
        String json = Files.readString(Path.of("../examples/generations/resume-plain-text.json"));
        Matcher m = Pattern.compile("\"content_text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        assertThat(m.find()).as("sample has content_text").isTrue();
        return unescapeJson(m.group(1));
    }

    private static String unescapeJson(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    @Test
    void sampleBecomesAProperResume() throws IOException {
        ResumeContent resume = PlainTextResumeParser.parse(sampleText());

        Header h = resume.header();
        assertThat(h.name()).isEqualTo("MARIA GONZÁLEZ");
        assertThat(h.title()).isEqualTo("Operations Manager");
        assertThat(h.email()).isEqualTo("maria.gonzalez@example.com");
        assertThat(h.phone()).isEqualTo("(305) 555-0199");
        assertThat(h.location()).isEqualTo("Miami, FL");
        assertThat(resume.sections()).extracting(Section::type)
                .containsExactly("professional_summary", "experience", "education", "skills");

        assertThat(((Section.Summary) resume.sections().get(0)).content())
                .isEqualTo("Operations manager with 8 years running warehouse and last-mile delivery teams of up to 120 people.");

        List<ExperienceEntry> jobs = ((Section.Experience) resume.sections().get(1)).entries();
        assertThat(jobs).hasSize(2);
        ExperienceEntry first = jobs.get(0);
        assertThat(first.title()).isEqualTo("Operations Manager");
        assertThat(first.company()).isEqualTo("SunCoast Distribution");
        assertThat(first.location()).isEqualTo("Miami, FL");
        assertThat(first.startDate()).isEqualTo("2019");
        assertThat(first.isCurrent()).isTrue();
        assertThat(first.endDate()).isNull();
        assertThat(first.bullets()).containsExactly(
                "Cut order-to-dispatch time from 9 hours to 3.5 hours by redesigning pick paths.",
                "Reduced staff turnover from 48% to 22% with a new shift-bidding system.");
        ExperienceEntry second = jobs.get(1);
        assertThat(second.title()).isEqualTo("Shift Supervisor");
        assertThat(second.company()).isEqualTo("Harbor Freightways");
        assertThat(second.location()).isEqualTo("Tampa, FL");
        assertThat(second.startDate()).isEqualTo("2016");
        assertThat(second.endDate()).isEqualTo("2019");
        assertThat(second.isCurrent()).isFalse();
        assertThat(second.bullets()).containsExactly("Supervised 35 associates across two shifts; zero lost-time incidents in 2018.");

        EducationEntry school = ((Section.Education) resume.sections().get(2)).entries().getFirst();
        // The degree as the user wrote it, never split (a renderer would print "B.B.A. in ...").
        assertThat(school.degree()).isEqualTo("B.B.A. Supply Chain Management");
        assertThat(school.fieldOfStudy()).isNull();
        assertThat(school.institution()).isEqualTo("Florida International University");
        assertThat(school.startDate()).isEqualTo("2012");
        assertThat(school.endDate()).isEqualTo("2016");

        List<SkillCategory> skills = ((Section.Skills) resume.sections().get(3)).categories();
        assertThat(skills.get(0).items()).extracting(SkillItem::displayText)
                .containsExactly("Lean Six Sigma (Green Belt)", "WMS (Manhattan, SAP EWM)", "Excel");
        assertThat(skills.get(1).name()).isEqualTo("Languages");
        assertThat(skills.get(1).items()).containsExactly(new SkillItem.Language("Spanish", "native"),
                new SkillItem.Language("English", "fluent"));
    }

    @Test
    void headingsAreRecognisedInAnyCaseWithOrWithoutColon() {
        ResumeContent resume = PlainTextResumeParser.parse("""
                Ada Lovelace
                Analyst

                Summary:
                Writes programs for engines.

                work experience
                Analyst at Babbage & Co (Jan 1842 - Present)
                * Wrote the first algorithm.

                Education
                Bachelor of Science in Mathematics, University of London, 1835 - 1839
                GPA: 3.9

                Technical Skills
                Languages: French (fluent), Italian
                Tools: Difference engine, Analytical engine
                """);

        assertThat(resume.sections()).extracting(Section::type)
                .containsExactly("professional_summary", "experience", "education", "skills");
        ExperienceEntry job = ((Section.Experience) resume.sections().get(1)).entries().getFirst();
        assertThat(job.title()).isEqualTo("Analyst");
        assertThat(job.company()).isEqualTo("Babbage & Co");
        assertThat(job.startDate()).isEqualTo("Jan 1842");
        assertThat(job.isCurrent()).isTrue();
        assertThat(job.bullets()).containsExactly("Wrote the first algorithm.");
        EducationEntry school = ((Section.Education) resume.sections().get(2)).entries().getFirst();
        assertThat(school.degree()).isEqualTo("Bachelor of Science in Mathematics");
        assertThat(school.fieldOfStudy()).isNull();
        assertThat(school.institution()).isEqualTo("University of London");
        assertThat(school.startDate()).isEqualTo("1835");
        assertThat(school.endDate()).isEqualTo("1839");
        assertThat(school.gpa()).isEqualTo(3.9);
        List<SkillCategory> skills = ((Section.Skills) resume.sections().get(3)).categories();
        assertThat(skills).extracting(SkillCategory::name).containsExactly("Languages", "Tools");
        assertThat(skills.get(0).items()).containsExactly(new SkillItem.Language("French", "fluent"),
                new SkillItem.Language("Italian", null));
        assertThat(skills.get(1).items()).extracting(SkillItem::displayText)
                .containsExactly("Difference engine", "Analytical engine");
    }

    @Test
    void bulletsUnderExperienceWithoutAnEntryLineAreKept() {
        ResumeContent resume = PlainTextResumeParser.parse("Maria Gonzalez\nOperations Manager\n\nEXPERIENCE\n"
                + "- Cut dispatch time from 9 hours to 3.5 hours.");

        assertThat(resume.header().name()).isEqualTo("Maria Gonzalez");
        assertThat(resume.header().title()).isEqualTo("Operations Manager");
        ExperienceEntry job = ((Section.Experience) resume.sections().getFirst()).entries().getFirst();
        assertThat(job.bullets()).containsExactly("Cut dispatch time from 9 hours to 3.5 hours.");
    }

    @Test
    void unknownSectionsAndStrayTextBecomeTextSections() {
        ResumeContent resume = PlainTextResumeParser.parse("""
                Sam Lee
                sam@example.com | +1 555 010 0199 | Denver, CO | linkedin.com/in/samlee | https://github.com/samlee | extra bit

                Open to relocation.

                AWARDS
                • Employee of the year 2022
                • Hackathon winner

                CERTIFICATIONS
                AWS Solutions Architect – Amazon Web Services (2023)

                PROJECTS
                pgstream – CDC library for PostgreSQL
                https://github.com/samlee/pgstream
                Technologies: Java, Kafka
                """);

        Header h = resume.header();
        assertThat(h.email()).isEqualTo("sam@example.com");
        assertThat(h.phone()).isEqualTo("+1 555 010 0199");
        assertThat(h.location()).isEqualTo("Denver, CO");
        assertThat(h.linkedin()).isEqualTo("linkedin.com/in/samlee");
        assertThat(h.github()).isEqualTo("https://github.com/samlee");
        assertThat(resume.sections()).extracting(Section::type)
                .containsExactly("text", "text", "text", "skills", "projects");
        assertThat(((Section.Text) resume.sections().get(0)).paragraphs()).containsExactly("extra bit");
        assertThat(((Section.Text) resume.sections().get(1)).paragraphs()).containsExactly("Open to relocation.");
        Section.Text awards = (Section.Text) resume.sections().get(2);
        assertThat(awards.heading()).isEqualTo("Awards");
        assertThat(awards.paragraphs()).containsExactly("Employee of the year 2022", "Hackathon winner");
        SkillItem cert = ((Section.Skills) resume.sections().get(3)).categories().getFirst().items().getFirst();
        assertThat(cert).isEqualTo(new SkillItem.Certification("AWS Solutions Architect", "Amazon Web Services",
                "2023", null, null));
        ProjectEntry project = ((Section.Projects) resume.sections().get(4)).entries().getFirst();
        assertThat(project.name()).isEqualTo("pgstream");
        assertThat(project.description()).isEqualTo("CDC library for PostgreSQL");
        assertThat(project.url()).isEqualTo("https://github.com/samlee/pgstream");
        assertThat(project.technologies()).containsExactly("Java", "Kafka");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SAMPLE",
            "Just one line of text without any structure at all, longer than a name would ever be.",
            "NAME\n\nSKILLS\n\nEXPERIENCE\nSomething odd here\nmore odd lowercase text\n2019 - 2020\n- bullet one\n  continued here",
            "Jo\nTitle\nline three\nline four\n\nfree paragraph\n\nEDUCATION\nSelf-taught\n- Dean's list\nGPA 3.1",
            "VOLUNTEER WORK\nTaught kids to code (2019)\n\nINTERESTS\nChess, climbing"})
    void noWordIsEverDropped(String input) throws IOException {
        String text = input.equals("SAMPLE") ? sampleText() : input;
        ResumeContent resume = PlainTextResumeParser.parse(text);

        String model = allText(resume).toLowerCase(Locale.ROOT);
        // headings of the structured sections become the section's type, rendered as a standard heading
        String content = text.replaceAll("(?im)^\\s*(professional summary|experience|education|skills)\\s*$", "");
        for (String word : content.split("[\\s|,;()•*]+")) {
            String w = word.replaceAll("^[-–—:]+|[-–—:]+$", "").toLowerCase(Locale.ROOT);
            if (!w.isEmpty()) {
                assertThat(model).as("word '%s' of the input", w).contains(w);
            }
        }
    }

    @Test
    void nullAndBlankGiveAnEmptyResume() {
        assertThat(PlainTextResumeParser.parse(null).sections()).isEmpty();
        assertThat(PlainTextResumeParser.parse("  \n\n ").sections()).isEmpty();
        assertThat(PlainTextResumeParser.parse(null).header()).isEqualTo(Header.empty());
    }

    /** Every string of the model, including {@code Present} for a current position. */
    private static String allText(ResumeContent resume) {
        List<String> all = new ArrayList<>();
        Header h = resume.header();
        all.addAll(java.util.Arrays.asList(h.name(), h.title(), h.email(), h.phone(), h.location(), h.linkedin(),
                h.github(), h.website()));
        for (Section s : resume.sections()) {
            switch (s) {
                case Section.Summary sum -> all.add(sum.content());
                case Section.Text t -> {
                    all.add(t.heading());
                    all.addAll(t.paragraphs());
                }
                case Section.Skills sk -> sk.categories().forEach(c -> {
                    all.add(c.name());
                    c.items().forEach(i -> {
                        switch (i) {
                            case SkillItem.Plain p -> all.add(p.name());
                            case SkillItem.Language l -> all.addAll(java.util.Arrays.asList(l.name(), l.proficiency()));
                            case SkillItem.Certification c2 -> all.addAll(java.util.Arrays.asList(c2.name(),
                                    c2.issuer(), c2.dateObtained(), c2.expiryDate(), c2.credentialId()));
                        }
                    });
                });
                case Section.Experience e -> e.entries().forEach(j -> {
                    all.addAll(java.util.Arrays.asList(j.title(), j.company(), j.location(), j.startDate(),
                            j.endDate(), j.description(), j.isCurrent() ? "present" : null));
                    all.addAll(j.bullets());
                    all.addAll(j.achievements());
                });
                case Section.Projects p -> p.entries().forEach(j -> {
                    all.addAll(java.util.Arrays.asList(j.name(), j.description(), j.url(), j.startDate(), j.endDate()));
                    all.addAll(j.technologies());
                });
                case Section.Education ed -> ed.entries().forEach(j -> {
                    all.addAll(java.util.Arrays.asList(j.degree(), j.fieldOfStudy(), j.institution(), j.startDate(),
                            j.endDate(), j.gpa() == null ? null : "gpa " + j.gpa()));
                    all.addAll(j.honors());
                });
            }
        }
        return String.join(" ", all.stream().filter(java.util.Objects::nonNull).toList());
    }
}
