package com.jobwise.export.adapters.rendering.pdfua;

import com.jobwise.export.adapters.rendering.template.FontCatalog;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The same shipped TrueType faces the Flying Saucer renderer embeds ({@link FontCatalog}), read once
 * into memory and offered to every openhtmltopdf render, embedded and subset. PDF/A and PDF/UA forbid
 * unembedded fonts, so the generic CSS families ({@code serif}, {@code sans-serif},
 * {@code monospace}) are mapped to shipped faces as well, and {@link FontCatalog#FALLBACK} is
 * registered as openhtmltopdf's final fallback: a character the chosen family lacks is set in
 * DejaVu Sans, glyph by glyph. The faces are given without their {@code GSUB} table, so no ligature
 * glyph (without a Unicode value) is ever set ({@link SfntTables}).
 *
 * <p>Thread-safe: the font bytes are read-only; each render reads its own copy of a face when
 * (and only if) the layout needs it.
 */
final class TaggedPdfFonts {
    private static final Set<FSFontUseCase> DOCUMENT = EnumSet.of(FSFontUseCase.DOCUMENT);
    private static final Set<FSFontUseCase> FALLBACK = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL);

    private record LoadedFace(String family, int weight, boolean italic, byte[] bytes, Set<FSFontUseCase> useCases) {
    }

    private final List<LoadedFace> faces = new ArrayList<>();

    /** Reads every face of the catalogue; fails fast when one is missing. */
    TaggedPdfFonts() {
        for (FontCatalog.Family family : FontCatalog.all()) {
            Set<FSFontUseCase> useCases = family.equals(FontCatalog.FALLBACK) ? FALLBACK : DOCUMENT;
            add(family, family.cssName(), useCases);
        }
        add(FontCatalog.LIBERATION_SERIF, "serif", DOCUMENT);
        add(FontCatalog.LIBERATION_SANS, "sans-serif", DOCUMENT);
        add(FontCatalog.LIBERATION_SANS, "monospace", DOCUMENT);
    }

    private void add(FontCatalog.Family family, String name, Set<FSFontUseCase> useCases) {
        for (FontCatalog.Face face : family.faces()) {
            // no GSUB: PDFBox would set ligature glyphs that have no Unicode value (SfntTables)
            byte[] bytes = SfntTables.without(read(face.resource()), Set.of("GSUB"));
            faces.add(new LoadedFace(name, face.weight(), face.italic(), bytes, useCases));
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = TaggedPdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Font " + resource + " cannot be read", e);
        }
    }

    /** Offers every face to {@code builder}, subset on embedding. */
    void registerWith(PdfRendererBuilder builder) {
        for (LoadedFace face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true, face.useCases());
        }
    }
}
