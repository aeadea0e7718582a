package com.jobwise.export.application.generation;

import com.jobwise.export.domain.content.Generation;

import java.util.List;

/**
 * A stored generation made from a JSON Resume document.
 *
 * @param unmapped JSON pointers into the JSON Resume document of the values the content model has no place for
 */
public record ImportedGeneration(Generation generation, List<String> unmapped) {
    public ImportedGeneration {
        unmapped = List.copyOf(unmapped);
    }
}
