package com.jobwise.export.adapters.rendering.docx;

import com.jobwise.export.domain.content.Header;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The documented rules behind {@code include_comments} (docs/docx.md, "Comment rules"). Each rule
 * looks only at the content and yields at most one suggestion per element; every suggestion
 * becomes one Word comment anchored on the element it is about.
 *
 * <ul>
 *   <li>R1 quantify: a bullet or achievement with no digit.</li>
 *   <li>R2 action verb: a bullet or achievement opening with a weak phrase
 *       ({@link #WEAK_OPENINGS}).</li>
 *   <li>R3 long bullet: a bullet or achievement of more than {@value #MAX_BULLET_WORDS} words.</li>
 *   <li>R4 long summary: a professional summary of more than {@value #MAX_SUMMARY_WORDS} words.</li>
 *   <li>R5 first person: a professional summary using I, me or my.</li>
 *   <li>R6 no bullets: an experience entry with neither bullets nor achievements (on its title).</li>
 *   <li>R7 contact: a header without an e-mail address or a phone number (on the name).</li>
 *   <li>L1 greeting: a cover letter greeting that names nobody ({@link #GENERIC_GREETINGS}).</li>
 *   <li>L2 long paragraph: a letter paragraph of more than {@value #MAX_LETTER_PARAGRAPH_WORDS} words.</li>
 *   <li>L3 long letter: letter paragraphs of more than {@value #MAX_LETTER_WORDS} words in total
 *       (on the first paragraph).</li>
 * </ul>
 */
final class EditingSuggestions {
    static final int MAX_BULLET_WORDS = 30;
    static final int MAX_SUMMARY_WORDS = 80;
    static final int MAX_LETTER_PARAGRAPH_WORDS = 120;
    static final int MAX_LETTER_WORDS = 400;

    /** R2: openings that describe duties instead of results. */
    static final List<String> WEAK_OPENINGS = List.of("Responsible for", "Worked on", "Helped", "Assisted",
            "Participated in", "Involved in", "Duties included", "Tasked with", "In charge of");

    /** L1: greetings that name nobody. */
    static final List<String> GENERIC_GREETINGS = List.of("To whom it may concern", "Dear Sir or Madam",
            "Dear Sir/Madam", "Dear Sirs", "Dear Hiring Manager", "Dear Hiring Team", "Dear Recruiter");

    static final String QUANTIFY =
            "Consider quantifying this achievement: add a number, a percentage, an amount or a time frame.";
    static final String ACTION_VERB =
            "Start with a strong action verb (for example Led, Built, Reduced, Launched) instead of \"%s\".";
    static final String LONG_BULLET =
            "This bullet has %d words; consider tightening it to " + MAX_BULLET_WORDS + " words or fewer (one or two lines).";
    static final String LONG_SUMMARY =
            "The summary has %d words; consider trimming it to 3-4 sentences (" + MAX_SUMMARY_WORDS + " words or fewer).";
    static final String FIRST_PERSON =
            "Resumes usually leave out first-person pronouns (I, me, my); start the sentence with the verb.";
    static final String NO_BULLETS =
            "Add 2-4 bullets with measurable results for this role.";
    static final String CONTACT = "Add %s so recruiters can reach you.";
    static final String GREETING =
            "Address the reader by name if you can find it (for example \"Dear Ms. Whitfield,\").";
    static final String LONG_PARAGRAPH =
            "This paragraph has %d words; consider splitting it or cutting it to " + MAX_LETTER_PARAGRAPH_WORDS + " words or fewer.";
    static final String LONG_LETTER =
            "The letter has %d words; most recruiters prefer " + MAX_LETTER_WORDS + " words or fewer.";

    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final Pattern FIRST_PERSON_WORD = Pattern.compile("(?i)(?<![\\p{L}'’])(i|me|my)(?![\\p{L}'’])");

    private EditingSuggestions() {
    }

    /** R1 to R3 for one bullet or achievement. */
    static List<String> forBullet(String text) {
        List<String> out = new ArrayList<>();
        String t = XmlText.clean(text).strip();
        if (t.isEmpty()) {
            return out;
        }
        if (!DIGIT.matcher(t).find()) {
            out.add(QUANTIFY);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String weak : WEAK_OPENINGS) {
            String w = weak.toLowerCase(Locale.ROOT);
            if (lower.startsWith(w) && (lower.length() == w.length() || !Character.isLetter(lower.charAt(w.length())))) {
                out.add(ACTION_VERB.formatted(weak));
                break;
            }
        }
        int words = DocxWriter.countWords(t);
        if (words > MAX_BULLET_WORDS) {
            out.add(LONG_BULLET.formatted(words));
        }
        return out;
    }

    /** R4 and R5 for the professional summary. */
    static List<String> forSummary(String text) {
        List<String> out = new ArrayList<>();
        String t = XmlText.clean(text);
        int words = DocxWriter.countWords(t);
        if (words > MAX_SUMMARY_WORDS) {
            out.add(LONG_SUMMARY.formatted(words));
        }
        if (FIRST_PERSON_WORD.matcher(t).find()) {
            out.add(FIRST_PERSON);
        }
        return out;
    }

    /** R6 for an experience entry. */
    static List<String> forEntry(List<String> bullets, List<String> achievements) {
        boolean any = bullets.stream().anyMatch(XmlText::hasText) || achievements.stream().anyMatch(XmlText::hasText);
        return any ? List.of() : List.of(NO_BULLETS);
    }

    /** R7 for the header. */
    static List<String> forHeader(Header header) {
        boolean email = XmlText.hasText(header.email());
        boolean phone = XmlText.hasText(header.phone());
        if (email && phone) {
            return List.of();
        }
        String missing = !email && !phone ? "an e-mail address and a phone number" : !email ? "an e-mail address"
                : "a phone number";
        return List.of(CONTACT.formatted(missing));
    }

    /** L1 for a cover letter greeting. */
    static List<String> forGreeting(String greeting) {
        String g = XmlText.clean(greeting).strip().toLowerCase(Locale.ROOT);
        for (String generic : GENERIC_GREETINGS) {
            if (g.startsWith(generic.toLowerCase(Locale.ROOT))) {
                return List.of(GREETING);
            }
        }
        return List.of();
    }

    /** L2 for one letter paragraph, and L3 on the first one ({@code totalWords} of all paragraphs). */
    static List<String> forLetterParagraph(String paragraph, boolean first, int totalWords) {
        List<String> out = new ArrayList<>();
        int words = DocxWriter.countWords(XmlText.clean(paragraph));
        if (words > MAX_LETTER_PARAGRAPH_WORDS) {
            out.add(LONG_PARAGRAPH.formatted(words));
        }
        if (first && totalWords > MAX_LETTER_WORDS) {
            out.add(LONG_LETTER.formatted(totalWords));
        }
        return out;
    }
}
