package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.content.SkillItem;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The core properties ({@code docProps/core.xml}) of a document: {@code document_properties}
 * (author, title, subject, keywords) where the request sets them, defaults from the content
 * otherwise. Values are cleaned like body text and cut to {@value #MAX_LENGTH} characters.
 */
final class DocumentProperties {
    static final int MAX_LENGTH = 255;
    /** Author when neither the request nor the header names one; also the application name. */
    static final String PRODUCT = "JobWise";
    private static final int MAX_KEYWORDS = 10;

    private DocumentProperties() {
    }

    /** The four properties for {@code content}, request values first; a value may be empty. */
    static Map<String, String> resolve(DocumentContent content, Map<String, String> requested) {
        String name = clean(content.header().name());
        boolean letter = content instanceof CoverLetterContent;
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("author", name.isEmpty() ? PRODUCT : name);
        String kind = letter ? "Cover Letter" : "Resume";
        String company = letter ? company((CoverLetterContent) content) : "";
        defaults.put("title", String.join(" – ", nonEmpty(name, kind, company)));
        defaults.put("subject", letter ? clean(((CoverLetterContent) content).letter().subject())
                : clean(content.header().title()));
        defaults.put("keywords", String.join(", ", keywords(content)));
        Map<String, String> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : defaults.entrySet()) {
            String asked = requested.get(e.getKey());
            resolved.put(e.getKey(), asked != null ? clean(asked) : e.getValue());
        }
        return resolved;
    }

    /** Writes {@code properties} and the application name and word count into {@code document}. */
    static void apply(XWPFDocument document, Map<String, String> properties, int words) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        String author = properties.get("author");
        core.setCreator(author);
        core.setLastModifiedByUser(author);
        core.setTitle(properties.get("title"));
        core.setSubjectProperty(properties.get("subject"));
        core.setKeywords(properties.get("keywords"));
        Date now = new Date((System.currentTimeMillis() / 1000) * 1000);
        core.setCreated(Optional.of(now));
        core.setModified(Optional.of(now));
        POIXMLProperties.ExtendedProperties extended = document.getProperties().getExtendedProperties();
        extended.setApplication(PRODUCT);
        extended.setWords(words);
    }

    private static String company(CoverLetterContent content) {
        var recipient = content.letter().recipient();
        if (recipient != null && XmlText.hasText(recipient.company())) {
            return clean(recipient.company());
        }
        return content.metadata().get("company") instanceof String s ? clean(s) : "";
    }

    private static List<String> keywords(DocumentContent content) {
        List<String> keywords = new ArrayList<>();
        Map<String, Object> metadata = content instanceof ResumeContent r ? r.metadata()
                : ((CoverLetterContent) content).metadata();
        if (metadata.get("top_skills") instanceof List<?> top) {
            top.stream().filter(o -> o instanceof String).map(o -> clean((String) o)).filter(s -> !s.isEmpty())
                    .forEach(keywords::add);
        }
        if (keywords.isEmpty() && content instanceof ResumeContent resume) {
            resume.sections().stream().filter(s -> s instanceof Section.Skills)
                    .flatMap(s -> ((Section.Skills) s).categories().stream())
                    .flatMap(c -> c.items().stream())
                    .filter(i -> i instanceof SkillItem.Plain)
                    .map(i -> clean(i.displayText()))
                    .filter(s -> !s.isEmpty())
                    .limit(MAX_KEYWORDS)
                    .forEach(keywords::add);
        }
        if (content instanceof CoverLetterContent letter) {
            for (String key : new String[] {"job_title", "company"}) {
                if (letter.metadata().get(key) instanceof String s && !clean(s).isEmpty()) {
                    keywords.add(clean(s));
                }
            }
        }
        return keywords.stream().distinct().limit(MAX_KEYWORDS).toList();
    }

    private static List<String> nonEmpty(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    /** Cleaned, one line, at most {@value #MAX_LENGTH} characters (never splitting a surrogate pair). */
    static String clean(String value) {
        String v = String.join(" ", XmlText.lines(value)).strip().replaceAll("\\s+", " ");
        if (v.length() <= MAX_LENGTH) {
            return v;
        }
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(v.charAt(end - 1))) {
            end--;
        }
        return v.substring(0, end).strip();
    }
}
