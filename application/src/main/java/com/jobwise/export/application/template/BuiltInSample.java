package com.jobwise.export.application.template;

import com.jobwise.export.domain.content.EducationEntry;
import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.content.Header;
import com.jobwise.export.domain.content.ProjectEntry;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillCategory;
import com.jobwise.export.domain.content.SkillItem;

import java.util.List;
import java.util.Map;

/** The fictional resume every template's preview and sample PDF show. */
final class BuiltInSample {
    private BuiltInSample() {
    }

    static ResumeContent resume() {
        Header header = new Header("Alex Morgan", "Senior Software Engineer", "alex.morgan@example.com",
                "+1 (555) 010-2030", "Portland, OR", "https://www.linkedin.com/in/alex-morgan-example",
                "https://github.com/alexmorgan-example", "https://alexmorgan.example.com");
        return new ResumeContent(header, List.of(
                new Section.Summary("Software engineer with 8 years of experience building reliable web platforms. "
                        + "Led the move of a monolith to services that cut release time from weeks to hours, and "
                        + "mentored six engineers."),
                new Section.Experience(List.of(
                        new ExperienceEntry("s1", "Senior Software Engineer", "Northwind Health", "Portland, OR",
                                "2021-02", null, true, "Platform team for a patient-scheduling product.",
                                List.of("Split the scheduling monolith into 5 services, cutting lead time from 3 weeks to 2 days.",
                                        "Introduced SLOs and on-call runbooks; incidents fell by 40% in a year."),
                                List.of("Mentored 6 engineers, 2 promoted to senior.")),
                        new ExperienceEntry("s2", "Software Engineer", "Blue Harbor Analytics", "Seattle, WA",
                                "2017-06", "2021-01", false, null,
                                List.of("Built the ingestion pipeline processing 2 billion events a day.",
                                        "Reduced cloud spend by $180,000 a year with storage tiering."),
                                List.of()))),
                new Section.Projects(List.of(new ProjectEntry("p1", "tracekit",
                        "Open-source tracing helpers for JVM services; 900 GitHub stars.", List.of("Java", "OpenTelemetry"),
                        "https://github.com/alexmorgan-example/tracekit", "2020-03", null))),
                new Section.Education(List.of(new EducationEntry("d1", "Bachelor of Science", "Computer Science",
                        "Oregon State University", "2013-09", "2017-06", 3.7, List.of("Cum Laude")))),
                new Section.Skills(List.of(
                        new SkillCategory("Technical Skills", List.of(new SkillItem.Plain("Java"),
                                new SkillItem.Plain("Kotlin"), new SkillItem.Plain("PostgreSQL"),
                                new SkillItem.Plain("Kafka"), new SkillItem.Plain("AWS"), new SkillItem.Plain("Kubernetes"))),
                        new SkillCategory("Languages", List.of(new SkillItem.Language("English", "native"),
                                new SkillItem.Language("Spanish", "professional")))))),
                Map.of());
    }
}
