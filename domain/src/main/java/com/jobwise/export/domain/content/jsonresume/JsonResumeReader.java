package com.jobwise.export.domain.content.jsonresume;

import com.jobwise.export.domain.error.InvalidContentException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.jobwise.export.domain.content.jsonresume.JsonPointers.sortedByDocument;

/**
 * Maps a JSON Resume document (schema v1.0.0, already validated against the schema), given as a JSON tree of
 * plain Java values, to the spec's structured resume content (a {@code content_structured} tree that
 * {@link com.jobwise.export.domain.content.reading.ContentReader} reads).
 *
 * <p>basics → header (label → title, url → website, location parts joined, LinkedIn and GitHub profiles →
 * links) and the professional summary; work → experience (position → title, name → company, summary →
 * description, highlights → bullets; no end date means current); skills (name + keywords), languages and
 * certificates → skill categories; projects (keywords → technologies); education (studyType → degree, area →
 * field of study, a numeric score → GPA); volunteer, awards, publications, interests and references → text
 * sections. Every other non-empty value is listed in {@link JsonResumeImport#unmapped()} by JSON pointer.
 * The extension properties {@link JsonResumeWriter} writes are read back, so content → JSON Resume → content
 * is lossless.
 */
public final class JsonResumeReader {

    private JsonResumeReader() {
    }

    /** Maps {@code document} to resume content; see the class comment. */
    public static JsonResumeImport read(Map<String, Object> document) {
        if (document == null) {
            throw new InvalidContentException("json_resume must be an object");
        }
        List<String> unmapped = new ArrayList<>();
        Node root = new Node(document, "");
        root.use("$schema");
        Node basics = root.object("basics");
        Node meta = root.object("meta");
        Node jobwise = meta == null ? null : meta.object(JsonResume.META_KEY);

        Map<String, Object> header = new LinkedHashMap<>();
        List<Map<String, Object>> sections = new ArrayList<>();
        if (basics != null) {
            header.put("name", basics.str("name"));
            header.put("title", basics.str("label"));
            header.put("email", basics.strOrText("email"));
            header.put("phone", basics.str("phone"));
            header.put("website", basics.strOrText("url"));
            header.put("location", location(basics.object("location")));
            profiles(basics, header, unmapped);
            String summary = basics.str("summary");
            if (summary != null) {
                sections.add(section("professional_summary", "content", summary));
            }
        }

        List<Map<String, Object>> categories = new ArrayList<>();
        for (Node skill : root.objects("skills")) {
            Map<String, Object> category = new LinkedHashMap<>();
            category.put("name", skill.str("name"));
            category.put("items", skill.strings("keywords"));
            categories.add(category);
        }
        for (Node language : root.objects("languages")) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", language.str("language"));
            item.put("proficiency", language.str("fluency"));
            addToCategory(categories, language.str("category"), JsonResume.LANGUAGES, item);
        }
        for (Node certificate : root.objects("certificates")) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", certificate.str("name"));
            item.put("issuer", certificate.str("issuer"));
            item.put("date_obtained", certificate.strOrText("date"));
            item.put("expiry_date", certificate.str("expiryDate"));
            item.put("credential_id", certificate.str("credentialId"));
            addToCategory(categories, certificate.str("category"), JsonResume.CERTIFICATIONS, item);
        }
        if (!categories.isEmpty()) {
            sections.add(section("skills", "categories", categories));
        }

        List<Map<String, Object>> experience = new ArrayList<>();
        for (Node work : root.objects("work")) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", work.str("id"));
            entry.put("title", work.str("position"));
            entry.put("company", work.str("name"));
            entry.put("location", work.str("location"));
            String start = work.strOrText("startDate");
            String end = work.strOrText("endDate");
            entry.put("start_date", start);
            entry.put("end_date", end);
            Object current = work.raw("isCurrent");
            entry.put("is_current", current instanceof Boolean b ? b : end == null && start != null);
            String summary = work.str("summary");
            entry.put("description", summary != null ? summary : work.str("description"));
            if (summary == null) {
                work.use("description");
            }
            entry.put("bullets", work.strings("highlights"));
            entry.put("achievements", work.strings("achievements"));
            experience.add(entry);
        }
        if (!experience.isEmpty()) {
            sections.add(section("experience", "entries", experience));
        }

        List<Map<String, Object>> projects = new ArrayList<>();
        for (Node project : root.objects("projects")) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", project.str("id"));
            entry.put("name", project.str("name"));
            entry.put("description", project.str("description"));
            entry.put("technologies", project.strings("keywords"));
            entry.put("url", project.strOrText("url"));
            entry.put("start_date", project.strOrText("startDate"));
            entry.put("end_date", project.strOrText("endDate"));
            projects.add(entry);
        }
        if (!projects.isEmpty()) {
            sections.add(section("projects", "entries", projects));
        }

        List<Map<String, Object>> education = new ArrayList<>();
        for (Node school : root.objects("education")) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", school.str("id"));
            entry.put("degree", school.str("studyType"));
            entry.put("field_of_study", school.str("area"));
            entry.put("institution", school.str("institution"));
            entry.put("start_date", school.strOrText("startDate"));
            entry.put("end_date", school.strOrText("endDate"));
            entry.put("gpa", gpa(school));
            entry.put("honors", school.strings("honors"));
            education.add(entry);
        }
        if (!education.isEmpty()) {
            sections.add(section("education", "entries", education));
        }

        textSection(sections, "Volunteer", root.objects("volunteer"), v -> joined(
                v.str("position"), v.str("organization"), dates(v.strOrText("startDate"), v.strOrText("endDate")),
                v.str("summary"), v.str("url")), "highlights");
        textSection(sections, "Awards", root.objects("awards"), a -> joined(
                a.str("title"), a.str("awarder"), a.strOrText("date"), a.str("summary"), null), null);
        textSection(sections, "Publications", root.objects("publications"), p -> joined(
                p.str("name"), p.str("publisher"), p.strOrText("releaseDate"), p.str("summary"), p.str("url")), null);
        textSection(sections, "Interests", root.objects("interests"), i -> {
            List<String> keywords = i.strings("keywords");
            String name = i.str("name");
            return keywords.isEmpty() ? name : (name == null ? "" : name + ": ") + String.join(", ", keywords);
        }, null);
        textSection(sections, "References", root.objects("references"), r -> {
            String name = r.str("name");
            String reference = r.str("reference");
            return name == null ? reference : reference == null ? name : name + ": " + reference;
        }, null);

        Map<String, Object> metadata = null;
        if (jobwise != null) {
            for (Node text : jobwise.objects("textSections")) {
                String heading = text.str("heading");
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("type", heading == null || heading.isBlank() ? "Other" : heading);
                s.put("content", text.strings("paragraphs"));
                sections.add(s);
                text.finish(unmapped);
            }
            List<String> order = jobwise.strings("sectionOrder");
            if (!order.isEmpty()) {
                sections.sort(java.util.Comparator.comparingInt(section -> {
                    int i = order.indexOf(String.valueOf(section.get("type")));
                    return i < 0 ? Integer.MAX_VALUE : i;
                }));
            }
            Node meta2 = jobwise.object("metadata");
            if (meta2 != null) {
                metadata = meta2.all();
            }
            jobwise.finish(unmapped);
        }
        if (meta != null) {
            meta.finish(unmapped);
        }

        Map<String, Object> content = new LinkedHashMap<>();
        content.put("header", header);
        content.put("sections", sections);
        if (metadata != null) {
            content.put("metadata", metadata);
        }
        root.finishAll(unmapped);
        return new JsonResumeImport(content, sortedByDocument(unmapped, document));
    }

    private static Object gpa(Node school) {
        String score = school.str("score");
        if (score == null) {
            return null;
        }
        try {
            return Double.parseDouble(score.trim());
        } catch (NumberFormatException e) {
            school.unuse("score");
            return null;
        }
    }

    private static String location(Node location) {
        if (location == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String key : List.of("address", "city", "region", "postalCode", "countryCode")) {
            String part = location.str(key);
            if (part != null && !part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void profiles(Node basics, Map<String, Object> header, List<String> unmapped) {
        List<Node> profiles = basics.objects("profiles");
        for (Node profile : profiles) {
            String network = profile.str("network");
            String key = network == null ? null : switch (network.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "linkedin" -> "linkedin";
                case "github" -> "github";
                default -> null;
            };
            String url = profile.str("url");
            String username = profile.str("username");
            if (key == null || header.get(key) != null || (blank(url) && blank(username))) {
                profile.unuseAll();
                profile.finish(unmapped);
                continue;
            }
            if (blank(url)) {
                url = ("linkedin".equals(key) ? "https://www.linkedin.com/in/" : "https://github.com/") + username.trim();
            }
            header.put(key, url);
            profile.finish(unmapped);
        }
    }

    private interface ItemText {
        String text(Node item);
    }

    private static void textSection(List<Map<String, Object>> sections, String heading, List<Node> items,
                                    ItemText text, String highlightsKey) {
        List<String> paragraphs = new ArrayList<>();
        for (Node item : items) {
            String line = text.text(item);
            if (line != null && !line.isBlank()) {
                paragraphs.add(line);
            }
            if (highlightsKey != null) {
                for (String highlight : item.strings(highlightsKey)) {
                    paragraphs.add("- " + highlight);
                }
            }
        }
        if (!paragraphs.isEmpty()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("type", heading);
            s.put("content", paragraphs);
            sections.add(s);
        }
    }

    /** {@code title — by (when): summary url}, leaving out what is missing. */
    private static String joined(String title, String by, String when, String summary, String url) {
        StringBuilder text = new StringBuilder();
        append(text, title, "");
        append(text, by, " — ");
        if (!blank(when)) {
            text.append(text.isEmpty() ? "" : " ").append('(').append(when).append(')');
        }
        append(text, summary, text.isEmpty() ? "" : ": ");
        append(text, url, " ");
        return text.toString();
    }

    private static void append(StringBuilder text, String part, String separator) {
        if (!blank(part)) {
            text.append(text.isEmpty() ? "" : separator).append(part.trim());
        }
    }

    private static String dates(String start, String end) {
        if (blank(start) && blank(end)) {
            return null;
        }
        return (blank(start) ? "" : start) + " – " + (blank(end) ? "present" : end);
    }

    private static Map<String, Object> section(String type, String key, Object value) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", type);
        s.put(key, value);
        return s;
    }

    private static void addToCategory(List<Map<String, Object>> categories, String name, String fallback,
                                      Map<String, Object> item) {
        String categoryName = name == null ? fallback : name;
        for (Map<String, Object> category : categories) {
            if (categoryName.equals(category.get("name")) && category.get("items") instanceof List<?> items
                    && !items.isEmpty() && items.getFirst() instanceof Map<?, ?> first
                    && first.containsKey("issuer") == item.containsKey("issuer")) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) category.get("items");
                list.add(item);
                return;
            }
        }
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("name", categoryName);
        category.put("items", new ArrayList<>(List.of(item)));
        categories.add(category);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
