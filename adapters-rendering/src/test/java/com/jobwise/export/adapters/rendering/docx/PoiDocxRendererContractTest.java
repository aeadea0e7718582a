package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.template.IDocumentRenderer;
import com.jobwise.export.domain.template.IDocumentRendererContract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.UncheckedIOException;

/**
 * The renderer contract, run against {@link PoiDocxRenderer}; evidence read back with POI. A DOCX has no pages
 * until a word processor lays it out, so the page-count checks are skipped here.
 */
class PoiDocxRendererContractTest extends IDocumentRendererContract {

    @Override
    protected IDocumentRenderer createRenderer() {
        return new PoiDocxRenderer();
    }

    @Override
    protected String extractText(byte[] file) {
        try (DocxInspector docx = DocxInspector.open(file)) {
            return docx.text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code w:color w:val}, {@code w:fill} and border {@code w:color} hex values in any WordprocessingML part. */
    private static final Pattern COLOR = Pattern.compile(
            "(?:<w:color\\b[^>]*?\\bw:val|\\bw:fill|\\bw:color)=\"([0-9A-Fa-f]{6})\"");

    @Override
    protected OptionalInt pageCount(byte[] file) {
        return OptionalInt.empty();
    }

    @Override
    protected Optional<Set<String>> colorsUsed(byte[] file) {
        Set<String> colors = new TreeSet<>();
        try (DocxInspector docx = DocxInspector.open(file)) {
            for (var part : docx.document.getPackage().getParts()) {
                if (!part.getPartName().getName().startsWith("/word/") || !part.getPartName().getName().endsWith(".xml")) {
                    continue;
                }
                try (InputStream in = part.getInputStream()) {
                    Matcher m = COLOR.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        colors.add("#" + m.group(1).toUpperCase(Locale.ROOT));
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("the DOCX parts do not read", e);
        }
        return Optional.of(colors);
    }
}
