package com.jobwise.export.adapters.rendering.text;

import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentContent;
import com.jobwise.export.domain.content.ResumeContent;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The language of one rendered document, chosen the same way for PDF and DOCX: the option
 * {@code language} when set, else the language the content declares in its metadata
 * ({@code language} or {@code lang}, a BCP 47 tag), else English. The tag goes into the file
 * (XHTML {@code lang}/{@code xml:lang}, hence the PDF catalog's {@code /Lang}; DOCX {@code w:lang});
 * the words come from {@link Wording}, English when the declared language has no word list.
 *
 * @param tag     the BCP 47 tag written into the file, e.g. {@code fr} or {@code pt-BR}
 * @param wording the words of the document
 */
public record DocumentLanguage(String tag, Wording wording) {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");
    private static final Map<String, String> WORD_REGIONS = Map.of("en", "en-US", "fr", "fr-FR", "de", "de-DE",
            "es", "es-ES", "pt", "pt-PT", "pl", "pl-PL");

    /** English, the default. */
    public static final DocumentLanguage ENGLISH = new DocumentLanguage("en", Wording.ENGLISH);

    /** The language of {@code content} with the option {@code language} ({@code null}: not set). */
    public static DocumentLanguage of(String option, DocumentContent content) {
        return of(option, switch (content) {
            case ResumeContent resume -> resume.metadata();
            case CoverLetterContent letter -> letter.metadata();
        });
    }

    /**
     * The document's language.
     *
     * @param option   the resolved option {@code language} ({@code null}: not set); already checked
     *                 by the domain's option rules
     * @param metadata the content's metadata, which may declare {@code language} or {@code lang}
     */
    public static DocumentLanguage of(String option, Map<String, Object> metadata) {
        if (option != null && Wording.supports(option) && TAG.matcher(option.strip()).matches()) {
            return new DocumentLanguage(option.strip(), Wording.of(option));
        }
        Object declared = metadata == null ? null
                : metadata.get("language") != null ? metadata.get("language") : metadata.get("lang");
        if (declared instanceof String s && TAG.matcher(s.strip()).matches()) {
            String tag = s.strip();
            return new DocumentLanguage(tag, Wording.supports(tag) ? Wording.of(tag) : Wording.ENGLISH);
        }
        return ENGLISH;
    }

    /** The tag Word's proofing wants ({@code w:lang}): a bare {@code fr} gets its usual region, {@code fr-FR}. */
    public String wordTag() {
        String lower = tag.toLowerCase(Locale.ROOT);
        return WORD_REGIONS.getOrDefault(lower, tag);
    }
}
