package com.jobwise.export.adapters.rendering.jsonresume;

import com.jobwise.export.adapters.rendering.pdf.Samples;
import com.jobwise.export.domain.content.jsonresume.JsonResumeImport;
import com.jobwise.export.domain.content.jsonresume.JsonResumeReader;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.ResumeContent;
import com.jobwise.export.domain.content.Section;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.template.RenderedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content → JSON Resume → content is lossless, on our sample generations and on the official sample resume;
 * every produced file validates against the official schema.
 */
class JsonResumeRoundTripTest {
    private final JsonResumeRenderer renderer = new JsonResumeRenderer();

    static Stream<Samples.Sample> resumes() {
        return Samples.all().stream().filter(s -> s.content() instanceof ResumeContent);
    }

    private byte[] render(DocumentContent content) {
        RenderedDocument document = renderer.render(content, TemplateCatalog.MODERN, TemplateCatalog.MODERN.defaults());
        assertThat(JsonResumeSchemaCheck.errors(document.bytes())).as("schema errors").isEmpty();
        return document.bytes();
    }

    private static DocumentContent reimport(byte[] file) {
        JsonResumeImport imported = JsonResumeReader.read(JsonResumeSchemaCheck.map(file));
        return ContentReader.read(DocumentType.RESUME, imported.contentStructured());
    }

    @ParameterizedTest
    @MethodSource("resumes")
    void ourSamplesSurviveTheRoundTrip(Samples.Sample sample) {
        byte[] file = render(sample.content());

        assertThat(reimport(file)).isEqualTo(sample.content());
        JsonResumeImport imported = JsonResumeReader.read(JsonResumeSchemaCheck.map(file));
        assertThat(imported.unmapped()).containsOnly("/meta/jobwise/export");
    }

    @Test
    void theBackendSampleIsWrittenWithJsonResumeNames() {
        Map<String, Object> doc = JsonResumeSchemaCheck.map(render(Samples.load("resume-backend-engineer").content()));

        assertThat(doc).containsKeys("$schema", "basics", "work", "education", "skills", "languages", "certificates",
                "projects");
        @SuppressWarnings("unchecked")
        Map<String, Object> basics = (Map<String, Object>) doc.get("basics");
        assertThat(basics).containsEntry("name", "Jordan Alvarez-Nguyen").containsEntry("label", "Senior Backend Engineer")
                .containsEntry("url", "https://jordan.dev").containsKey("summary");
        assertThat(doc.get("languages").toString()).contains("language=Spanish", "fluency=fluent");
        assertThat(doc.get("certificates").toString()).contains("issuer=Amazon Web Services", "date=2024-03-15");
    }

    @Test
    void theOfficialSampleIsValidAndMapsEverythingTheModelHolds() {
        Map<String, Object> sample = JsonResumeSchemaCheck.resource("/jsonresume/sample.resume.json");
        assertThat(JsonResumeSchemaCheck.errors(sample)).as("strict formats: two URLs are not absolute URIs")
                .containsExactly("/basics/profiles/0/url: does not match the uri pattern must be a valid RFC 3986 URI",
                        "/projects/0/url: does not match the uri pattern must be a valid RFC 3986 URI");
        assertThat(JsonResumeSchemaCheck.importErrors(sample)).isEmpty();

        JsonResumeImport imported = JsonResumeReader.read(sample);
        assertThat(imported.unmapped()).containsExactly(
                "/basics/profiles/0", "/basics/profiles/1",
                "/work/0/description", "/work/0/url",
                "/education/0/url", "/education/0/courses",
                "/skills/0/level", "/skills/1/level",
                "/projects/0/highlights", "/projects/0/roles", "/projects/0/entity", "/projects/0/type",
                "/meta/canonical", "/meta/version", "/meta/lastModified");

        DocumentContent content = ContentReader.read(DocumentType.RESUME, imported.contentStructured());
        ResumeContent resume = (ResumeContent) content;
        assertThat(resume.header().location()).isEqualTo("2712 Broadway St, San Francisco, California, CA 94115, US");
        String texts = resume.sections().stream().filter(s -> s instanceof Section.Text).map(Object::toString)
                .reduce("", String::concat);
        assertThat(texts).contains("Volunteer", "Teacher — CoderDojo", "Awarded 'Teacher of the Month'",
                "Digital Compression Pioneer Award — Techcrunch (2014-11-01): There is no spoon.",
                "Video compression for 3d media — Hooli", "Wildlife: Ferrets, Unicorns",
                "Erlich Bachman: It is my pleasure");

        Map<String, Object> again = JsonResumeSchemaCheck.map(render(content));
        Map<String, Object> leaves = new LinkedHashMap<>();
        leaves(sample, "", leaves);
        Map<String, Object> againLeaves = new LinkedHashMap<>();
        leaves(again, "", againLeaves);
        List<String> heldAsText = List.of("/volunteer/", "/awards/", "/publications/", "/interests/", "/references/",
                "/basics/location/", "/meta/", "/$schema");
        leaves.forEach((pointer, value) -> {
            boolean skipped = heldAsText.stream().anyMatch(pointer::startsWith)
                    || imported.unmapped().stream().anyMatch(u -> pointer.equals(u) || pointer.startsWith(u + "/"))
                    || "".equals(value);
            if (!skipped) {
                // a URL the schema's uri format refuses is written as the urlText extension
                Object written = againLeaves.containsKey(pointer) ? againLeaves.get(pointer) : againLeaves.get(pointer + "Text");
                assertThat(written).as(pointer).isEqualTo(value);
            }
        });
        assertThat(reimport(JsonResumeSchemaCheck.JSON.valueToTree(again).toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(content);
    }

    @Test
    void aCoverLetterKeepsItsLetterUnderMeta() {
        byte[] file = render(Samples.load("cover-letter-backend-engineer").content());

        assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8)).contains("\"coverLetter\"");
    }

    private static void leaves(Object value, String pointer, Map<String, Object> out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> leaves(v, pointer + "/" + String.valueOf(k).replace("~", "~0").replace("/", "~1"), out));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                leaves(list.get(i), pointer + "/" + i, out);
            }
        } else {
            out.put(pointer, value);
        }
    }
}
