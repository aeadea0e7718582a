package com.jobwise.export.adapters.rendering.pdf;

import com.jobwise.export.adapters.rendering.template.FontCatalog;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xhtmlrenderer.css.sheet.FontFaceRule;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.pdf.ITextFontResolver;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped TrueType faces, parsed once at start-up and shared by every render: each is a
 * {@link BaseFont} with {@link BaseFont#IDENTITY_H} encoding, embedded and subset per document.
 * Also knows which characters each family covers, so text the chosen family lacks can be set in the
 * fallback family instead of silently disappearing.
 *
 * <p>Thread-safe: the fonts and coverage tables are read-only after construction; the shared
 * resolver never changes after it is built (its flush and {@code @font-face} hooks are disabled).
 */
final class EmbeddedFonts {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final SharedFontResolver resolver;
    private final Map<String, List<BaseFont>> byFamily = new HashMap<>();
    private final Map<String, BitSet> coverage = new HashMap<>();

    EmbeddedFonts() {
        resolver = new SharedFontResolver();
        ClassLoader loader = EmbeddedFonts.class.getClassLoader();
        for (FontCatalog.Family family : FontCatalog.all()) {
            List<BaseFont> faces = new ArrayList<>();
            for (FontCatalog.Face face : family.faces()) {
                URL url = loader.getResource(face.resource());
                if (url == null) {
                    throw new IllegalStateException("Font missing from the classpath: " + face.resource());
                }
                try (InputStream in = url.openStream()) {
                    BaseFont font = BaseFont.createFont(face.resource(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                            false, in.readAllBytes(), null);
                    font.setSubset(true);
                    faces.add(font);
                    // the URL is this module's own classpath resource: Flying Saucer reads the
                    // underline and strike-out metrics from it once, here
                    resolver.register(font, url.toExternalForm(), family.cssName());
                } catch (IOException | DocumentException e) {
                    throw new IllegalStateException("Font " + face.resource() + " cannot be loaded", e);
                }
            }
            byFamily.put(family.cssName(), faces);
            BitSet covered = new BitSet(0x10000);
            for (int cp = 0; cp < 0x10000; cp++) {
                boolean all = true;
                for (BaseFont font : faces) {
                    if (!font.charExists(cp)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    covered.set(cp);
                }
            }
            coverage.put(family.cssName(), covered);
        }
        // the generic families Flying Saucer falls back to (serif, sans-serif, monospace) resolve to
        // embedded faces too: no base-14 font can ever reach a PDF unembedded
        alias(FontCatalog.LIBERATION_SERIF, "Serif");
        alias(FontCatalog.LIBERATION_SANS, "SansSerif", "Monospaced");
    }

    private void alias(FontCatalog.Family family, String... names) {
        List<BaseFont> faces = byFamily.get(family.cssName());
        ClassLoader loader = EmbeddedFonts.class.getClassLoader();
        for (String name : names) {
            for (int i = 0; i < faces.size(); i++) {
                resolver.register(faces.get(i), loader.getResource(family.faces().get(i).resource()).toExternalForm(), name);
            }
        }
    }

    /** The font resolver shared by every render. */
    ITextFontResolver resolver() {
        return resolver;
    }

    /** Whether every face of {@code family} has a glyph for {@code codePoint}. */
    boolean covers(FontCatalog.Family family, int codePoint) {
        if (codePoint < 0x10000) {
            return coverage.get(family.cssName()).get(codePoint);
        }
        for (BaseFont font : byFamily.get(family.cssName())) {
            if (!font.charExists(codePoint)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Wraps each run of characters {@code family} cannot draw (but the fallback family can) in a
     * {@code <span class="fb">}, which the templates set in the fallback family.
     *
     * @return how many characters are still without a glyph in either family
     */
    int applyFallback(Document document, FontCatalog.Family family) {
        Element body = null;
        for (Node n = document.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "body".equals(e.getLocalName())) {
                body = e;
            }
        }
        if (body == null) {
            return 0;
        }
        List<Text> texts = new ArrayList<>();
        collect(body, texts);
        int missing = 0;
        for (Text text : texts) {
            missing += split(document, text, family);
        }
        return missing;
    }

    private static void collect(Node node, List<Text> texts) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Text t && n.getNodeType() == Node.TEXT_NODE) {
                texts.add(t);
            } else if (n instanceof Element) {
                collect(n, texts);
            }
        }
    }

    private int split(Document document, Text node, FontCatalog.Family family) {
        String s = node.getData();
        boolean anyUncovered = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isWhitespace(cp) && !covers(family, cp)) {
                anyUncovered = true;
                break;
            }
            i += Character.charCount(cp);
        }
        if (!anyUncovered) {
            return 0;
        }
        int missing = 0;
        Node parent = node.getParentNode();
        StringBuilder run = new StringBuilder();
        boolean runIsFallback = false;
        List<Node> parts = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean fallback = !Character.isWhitespace(cp) && !covers(family, cp);
            if (fallback && !covers(FontCatalog.FALLBACK, cp)) {
                missing++;
            }
            if (fallback != runIsFallback && !run.isEmpty()) {
                parts.add(part(document, run.toString(), runIsFallback));
                run.setLength(0);
            }
            runIsFallback = fallback;
            run.appendCodePoint(cp);
        }
        if (!run.isEmpty()) {
            parts.add(part(document, run.toString(), runIsFallback));
        }
        for (Node part : parts) {
            parent.insertBefore(part, node);
        }
        parent.removeChild(node);
        return missing;
    }

    private static Node part(Document document, String text, boolean fallback) {
        if (!fallback) {
            return document.createTextNode(text);
        }
        Element span = document.createElementNS(XHTML, "span");
        span.setAttribute("class", "fb");
        span.appendChild(document.createTextNode(text));
        return span;
    }

    /** A resolver filled once; document-level flushing and {@code @font-face} loading are disabled. */
    private static final class SharedFontResolver extends ITextFontResolver {
        @Override
        protected Map<String, org.xhtmlrenderer.pdf.FontFamily> loadFonts() {
            return new HashMap<>();
        }

        void register(BaseFont font, String path, String family) {
            super.addFont(font, path, family);
        }

        @Override
        public void flushCache() {
        }

        @Override
        public void flushFontFaceFonts() {
        }

        @Override
        public void importFontFaces(List<FontFaceRule> fontFaces, UserAgentCallback userAgentCallback) {
        }
    }
}
