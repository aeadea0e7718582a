package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.template.Template;
import com.jobwise.export.domain.template.TemplateCatalog;
import com.jobwise.export.domain.error.TemplateNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXException;
import org.xhtmlrenderer.pdf.ITextOutputDevice;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** User text stays text, the parser refuses DOCTYPEs, the user agent loads nothing from outside the jar. */
class RenderingTrustBoundaryTest {
    private static final FlyingSaucerPdfRenderer RENDERER = new FlyingSaucerPdfRenderer();

    private static DocumentContent resumeWithBullet(String bullet) {
        return ContentReader.read(DocumentType.RESUME, Map.of(
                "header", Map.of("name", "Test Person"),
                "sections", List.of(Map.of("type", "experience", "entries", List.of(Map.of(
                        "title", "Engineer", "company", "Acme", "bullets", List.of(bullet)))))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<img src=\"file:///etc/passwd\"/> & <a href='javascript:x'>y</a>",
            "${7*7} <#assign x = 1> [#if true]z[/#if] ?new()", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
            "]]> <![CDATA[ x ]]> &amp; &lt; \" '"})
    void markupAndTemplateSyntaxInUserTextArePrintedLiterally(String bullet) {
        for (Template template : TemplateCatalog.all()) {
            byte[] pdf = RENDERER.render(resumeWithBullet(bullet), template, template.defaults()).bytes();

            // long unbreakable tokens may wrap anywhere: compare without whitespace
            assertThat(PdfText.extract(pdf).replaceAll("\\s", "")).as(template.id()).contains(bullet.replaceAll("\\s", ""));
            assertThat(PdfInspection.linkUris(pdf)).isEmpty();
            assertThat(PdfInspection.xObjects(pdf)).isZero();
        }
    }

    @Test
    void controlCharactersAndLoneSurrogatesDoNotBreakTheXml() {
        byte[] pdf = RENDERER.render(resumeWithBullet("Null\u0000 bell\u0007 form\f feed \uD800 lone \uFFFE end."),
                TemplateCatalog.MODERN, TemplateCatalog.MODERN.defaults()).bytes();

        assertThat(PdfText.normalize(PdfText.extract(pdf))).contains("Null bell form feed lone end.");
    }

    @Test
    void aTemplateOutsideTheCatalogueIsRefused() {
        Template m = TemplateCatalog.MODERN;
        Template rogue = new Template("../../etc/passwd", m.name(), m.description(), m.version(), m.bestFor(),
                m.atsScore(), m.features(), m.layout(), m.fonts(), m.colors(), m.sections(), m.customizableOptions(),
                m.defaults());

        assertThatThrownBy(() -> RENDERER.render(resumeWithBullet("x"), rogue, m.defaults()))
                .isInstanceOf(TemplateNotFoundException.class);
    }

    @Test
    void theParserRefusesDoctypesAndExternalEntities() {
        SecureXhtmlParser parser = new SecureXhtmlParser();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>&xxe;</body></html>";
        String billionLaughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><html>&lol2;</html>";

        assertThatThrownBy(() -> parser.parse(xxe)).isInstanceOf(SAXException.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> parser.parse(billionLaughs)).isInstanceOf(SAXException.class);
    }

    @Test
    void theParserAcceptsPlainXhtml() throws SAXException, IOException {
        assertThat(new SecureXhtmlParser().parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>a &amp; b</p></body></html>")
                .getDocumentElement().getTextContent()).isEqualTo("a & b");
    }

    @Test
    void theUserAgentServesOnlyTheProjectsClasspathResources() {
        ClasspathOnlyUserAgent agent = new ClasspathOnlyUserAgent(new ITextOutputDevice(26.666f), 20);

        assertThat(agent.getBinaryResource("classpath:fonts/liberation/LiberationSans-Regular.ttf")).isNotEmpty();
        assertThat(agent.getBinaryResource("file:///etc/passwd")).isNull();
        assertThat(agent.getBinaryResource("/etc/passwd")).isNull();
        assertThat(agent.getBinaryResource("http://169.254.169.254/latest/meta-data/")).isNull();
        assertThat(agent.getBinaryResource("jar:file:/tmp/x.jar!/fonts/a.ttf")).isNull();
        assertThat(agent.getBinaryResource("classpath:fonts/../../logback-test.xml")).isNull();
        assertThat(agent.getBinaryResource("classpath:logback-test.xml")).isNull();
        assertThat(agent.resolveURI("https://example.com/a.css")).isNull();
        assertThat(agent.getImageResource("https://example.com/tracker.png").getImage()).isNull();
        assertThat(agent.getImageResource("data:image/png;base64,iVBORw0KGgo=").getImage()).isNull();
        assertThatThrownBy(() -> agent.openConnection("https://example.com")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> agent.openStream("file:///etc/passwd")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> agent.getXMLResource("file:///etc/passwd")).isInstanceOf(IllegalStateException.class);
    }
}
