package com.jobwise.export.domain.content.reading;

import com.jobwise.export.domain.content.ContentWriter;
import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.EducationEntry;
import com.jobwise.export.domain.content.ExperienceEntry;
import com.jobwise.export.domain.content.Generation;
import com.jobwise.export.domain.content.Header;
import com.jobwise.export.domain.content.Letter;
import com.jobwise.export.domain.content.ProjectEntry;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillCategory;
import com.jobwise.export.domain.content.SkillItem;

import com.jobwise.export.domain.content.plaintext.PlainTextCoverLetterParser;
import com.jobwise.export.domain.content.plaintext.PlainTextResumeParser;
import com.jobwise.export.domain.error.InvalidContentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the spec's structured content schema, given as a JSON tree of plain Java values, into the
 * typed content model. Unknown keys are ignored; a value of the wrong shape fails with an
 * {@link InvalidContentException} naming its JSON path (for example
 * {@code content_structured.sections[2].entries[0].bullets must be an array of strings}).
 * Unknown section types are kept as {@link Section.Text} so no text is lost.
 */
public final class ContentReader {
    private static final String ROOT = "content_structured";

    private ContentReader() {
    }

    /** The content a generation renders: its structured content, or its plain text parsed. */
    public static DocumentContent read(Generation generation) {
        if (generation.contentStructured() != null) {
            return read(generation.documentType(), generation.contentStructured());
        }
        return generation.documentType() == DocumentType.COVER_LETTER
                ? PlainTextCoverLetterParser.parse(generation.contentText())
                : PlainTextResumeParser.parse(generation.contentText());
    }

    /** Reads {@code tree} as a resume or a cover letter according to {@code type}. */
    public static DocumentContent read(DocumentType type, Map<String, Object> tree) {
        if (tree == null) {
            throw new InvalidContentException(ROOT + " must be an object");
        }
        Header header = header(optionalObject(tree, "header", ROOT + ".header"));
        Map<String, Object> metadata = optionalObject(tree, "metadata", ROOT + ".metadata");
        return switch (type) {
            case COVER_LETTER -> new CoverLetterContent(header,
                    letter(optionalObject(tree, "letter", ROOT + ".letter")), metadata);
            case RESUME -> new ResumeContent(header, sections(tree.get("sections")), metadata);
            case ZIP -> throw new InvalidContentException("document_type zip has no content");
        };
    }

    private static Header header(Map<String, Object> h) {
        if (h == null) {
            return Header.empty();
        }
        String p = ROOT + ".header";
        return new Header(str(h, "name", p), str(h, "title", p), str(h, "email", p), str(h, "phone", p),
                str(h, "location", p), str(h, "linkedin", p), str(h, "github", p), str(h, "website", p));
    }

    private static Letter letter(Map<String, Object> l) {
        if (l == null) {
            return new Letter(null, null, null, null, List.of(), null, null);
        }
        String p = ROOT + ".letter";
        Map<String, Object> r = optionalObject(l, "recipient", p + ".recipient");
        Letter.Recipient recipient = r == null ? null : new Letter.Recipient(
                str(r, "name", p + ".recipient"), str(r, "title", p + ".recipient"),
                str(r, "company", p + ".recipient"), str(r, "address", p + ".recipient"));
        return new Letter(str(l, "date", p), recipient, str(l, "subject", p), str(l, "greeting", p),
                strings(l.get("paragraphs"), p + ".paragraphs"), str(l, "closing", p), str(l, "signature", p));
    }

    private static List<Section> sections(Object value) {
        String p = ROOT + ".sections";
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidContentException(p + " must be an array");
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String sp = p + "[" + i + "]";
            Map<String, Object> s = object(list.get(i), sp);
            String type = str(s, "type", sp);
            if (type == null) {
                throw new InvalidContentException(sp + ".type is required");
            }
            sections.add(switch (type) {
                case "professional_summary", "summary" -> new Section.Summary(str(s, "content", sp));
                case "skills" -> new Section.Skills(categories(s.get("categories"), sp + ".categories"));
                case "experience" -> new Section.Experience(
                        entries(s.get("entries"), sp + ".entries", ContentReader::experience));
                case "projects" -> new Section.Projects(
                        entries(s.get("entries"), sp + ".entries", ContentReader::project));
                case "education" -> new Section.Education(
                        entries(s.get("entries"), sp + ".entries", ContentReader::education));
                default -> new Section.Text(heading(s, type, sp), textOf(s, sp));
            });
        }
        return sections;
    }

    private static List<String> textOf(Map<String, Object> s, String path) {
        List<String> paragraphs = new ArrayList<>();
        Object content = s.get("content");
        if (content instanceof String text && !text.isBlank()) {
            paragraphs.add(text);
        } else if (content instanceof List<?>) {
            paragraphs.addAll(strings(content, path + ".content"));
        }
        return paragraphs;
    }

    /** An unknown section's heading: its {@code heading} when given (as {@link ContentWriter} writes), else its type. */
    private static String heading(Map<String, Object> s, String type, String path) {
        String heading = str(s, "heading", path);
        return heading != null ? heading : humanize(type);
    }

    private static String humanize(String type) {
        String spaced = type.replace('_', ' ').trim();
        return spaced.isEmpty() ? "Other" : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static List<SkillCategory> categories(Object value, String path) {
        List<SkillCategory> categories = new ArrayList<>();
        for (Map<String, Object> c : objects(value, path)) {
            String cp = path + "[" + categories.size() + "]";
            Object itemsValue = c.get("items");
            List<SkillItem> items = new ArrayList<>();
            if (itemsValue != null) {
                if (!(itemsValue instanceof List<?> raw)) {
                    throw new InvalidContentException(cp + ".items must be an array");
                }
                for (int i = 0; i < raw.size(); i++) {
                    items.add(skillItem(raw.get(i), cp + ".items[" + i + "]"));
                }
            }
            categories.add(new SkillCategory(str(c, "name", cp), items));
        }
        return categories;
    }

    private static SkillItem skillItem(Object item, String path) {
        if (item instanceof String text) {
            return new SkillItem.Plain(text);
        }
        Map<String, Object> o = object(item, path);
        if (o.containsKey("issuer") || o.containsKey("date_obtained") || o.containsKey("credential_id")
                || o.containsKey("expiry_date")) {
            return new SkillItem.Certification(str(o, "name", path), str(o, "issuer", path),
                    str(o, "date_obtained", path), str(o, "expiry_date", path), str(o, "credential_id", path));
        }
        return new SkillItem.Language(str(o, "name", path), str(o, "proficiency", path));
    }

    private static ExperienceEntry experience(Map<String, Object> e, String p) {
        return new ExperienceEntry(str(e, "id", p), str(e, "title", p), str(e, "company", p), str(e, "location", p),
                str(e, "start_date", p), str(e, "end_date", p), bool(e, "is_current", p), str(e, "description", p),
                strings(e.get("bullets"), p + ".bullets"), strings(e.get("achievements"), p + ".achievements"));
    }

    private static ProjectEntry project(Map<String, Object> e, String p) {
        return new ProjectEntry(str(e, "id", p), str(e, "name", p), str(e, "description", p),
                strings(e.get("technologies"), p + ".technologies"), str(e, "url", p),
                str(e, "start_date", p), str(e, "end_date", p));
    }

    private static EducationEntry education(Map<String, Object> e, String p) {
        Object gpa = e.get("gpa");
        Double gpaValue;
        if (gpa == null) {
            gpaValue = null;
        } else if (gpa instanceof Number n) {
            gpaValue = n.doubleValue();
        } else if (gpa instanceof String s && !s.isBlank()) {
            try {
                gpaValue = Double.parseDouble(s.trim());
            } catch (NumberFormatException ex) {
                throw new InvalidContentException(p + ".gpa must be a number");
            }
        } else {
            throw new InvalidContentException(p + ".gpa must be a number");
        }
        return new EducationEntry(str(e, "id", p), str(e, "degree", p), str(e, "field_of_study", p),
                str(e, "institution", p), str(e, "start_date", p), str(e, "end_date", p), gpaValue,
                strings(e.get("honors"), p + ".honors"));
    }

    private interface EntryReader<T> {
        T read(Map<String, Object> entry, String path);
    }

    private static <T> List<T> entries(Object value, String path, EntryReader<T> reader) {
        List<T> entries = new ArrayList<>();
        for (Map<String, Object> e : objects(value, path)) {
            entries.add(reader.read(e, path + "[" + entries.size() + "]"));
        }
        return entries;
    }

    private static List<Map<String, Object>> objects(Object value, String path) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidContentException(path + " must be an array");
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            objects.add(object(list.get(i), path + "[" + i + "]"));
        }
        return objects;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new InvalidContentException(path + " must be an object");
    }

    private static Map<String, Object> optionalObject(Map<String, Object> parent, String key, String path) {
        Object value = parent.get(key);
        return value == null ? null : object(value, path);
    }

    private static String str(Map<String, Object> o, String key, String path) {
        Object value = o.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new InvalidContentException(path + "." + key + " must be a string");
    }

    private static boolean bool(Map<String, Object> o, String key, String path) {
        Object value = o.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new InvalidContentException(path + "." + key + " must be a boolean");
    }

    private static List<String> strings(Object value, String path) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidContentException(path + " must be an array of strings");
        }
        List<String> strings = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof String s)) {
                throw new InvalidContentException(path + " must be an array of strings");
            }
            strings.add(s);
        }
        return strings;
    }
}
