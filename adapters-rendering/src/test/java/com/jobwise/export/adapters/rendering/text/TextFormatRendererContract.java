package com.jobwise.export.adapters.rendering.text;

import com.jobwise.export.domain.template.IDocumentRendererContract;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The renderer contract for the text-based formats (txt, md, html, json, csv, tex): their files have no pages
 * and paint no colours a reader could measure, so those two checks are skipped for them (the contract reports
 * them as skipped, never as passed); the text checks run in full.
 */
public abstract class TextFormatRendererContract extends IDocumentRendererContract {

    @Override
    protected OptionalInt pageCount(byte[] file) {
        return OptionalInt.empty();
    }

    @Override
    protected Optional<Set<String>> colorsUsed(byte[] file) {
        return Optional.empty();
    }
}
