package com.jobwise.export.domain.content.plaintext;

import com.jobwise.export.domain.content.GenerationId;

import com.jobwise.export.domain.account.UserId;
import com.jobwise.export.domain.content.reading.ContentReader;
import com.jobwise.export.domain.content.CoverLetterContent;
import com.jobwise.export.domain.content.DocumentType;
import com.jobwise.export.domain.content.Generation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextCoverLetterParserTest {
    static final String LETTER = """
            Jordan Alvarez
            jordan@example.com | +1 415 555 0134

            Dear Ms. Whitfield,

            I am applying for the Staff Backend Engineer role.
            It matches what I have done for four years.

            Thank you for your time.

            Sincerely,
            Jordan Alvarez
            """;

    @Test
    void findsHeaderGreetingParagraphsClosingAndSignature() {
        CoverLetterContent letter = PlainTextCoverLetterParser.parse(LETTER);

        assertThat(letter.header().name()).isEqualTo("Jordan Alvarez");
        assertThat(letter.header().email()).isEqualTo("jordan@example.com");
        assertThat(letter.header().phone()).isEqualTo("+1 415 555 0134");
        assertThat(letter.letter().greeting()).isEqualTo("Dear Ms. Whitfield,");
        assertThat(letter.letter().paragraphs()).containsExactly(
                "I am applying for the Staff Backend Engineer role. It matches what I have done for four years.",
                "Thank you for your time.");
        assertThat(letter.letter().closing()).isEqualTo("Sincerely,");
        assertThat(letter.letter().signature()).isEqualTo("Jordan Alvarez");
    }

    @Test
    void aLetterWithoutGreetingOrClosingKeepsEveryLine() {
        CoverLetterContent letter = PlainTextCoverLetterParser.parse("First block\n\nSecond block");

        assertThat(letter.letter().paragraphs()).containsExactly("First block", "Second block");
    }

    @Test
    void plainTextCoverLetterGenerationsAreReadAsLetters() {
        Generation generation = new Generation(GenerationId.newId(), new UserId("u1"), DocumentType.COVER_LETTER,
                null, LETTER, Instant.now());

        assertThat(ContentReader.read(generation)).isInstanceOf(CoverLetterContent.class);
    }
}
