package com.jobwise.export.adapters.rendering.pdfua;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** veraPDF (greenfield parser) over a PDF in memory: the failed checks of one flavour. */
final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * Validates {@code pdf} against the flavour {@code flavourId} ({@code "ua1"}, {@code "3a"}...).
     *
     * @return one line per failed rule: clause, test number, count of failed checks, the rule's
     *         description and the first failure's context; empty when the file is compliant
     */
    static List<String> failedChecks(byte[] pdf, String flavourId) {
        PDFAFlavour flavour = PDFAFlavour.byFlavourId(flavourId);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> firstFailure = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    firstFailure.putIfAbsent(key(a.getRuleId()), a.getMessage() + " @ " + a.getLocationContext()
                            + (a.getErrorMessage() == null ? "" : " : " + a.getErrorMessage()));
                }
            }
            List<String> lines = new ArrayList<>();
            for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                String key = key(e.getKey());
                lines.add(key + " x" + e.getValue() + " " + firstFailure.getOrDefault(key, ""));
            }
            if (lines.isEmpty() && !result.isCompliant()) {
                lines.add("not compliant, job status " + result.getJobEndStatus());
            }
            return lines.stream().sorted().toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the file: " + e.getMessage(), e);
        }
    }

    private static String key(RuleId id) {
        return id.getSpecification() + " " + id.getClause() + "-" + id.getTestNumber();
    }
}
