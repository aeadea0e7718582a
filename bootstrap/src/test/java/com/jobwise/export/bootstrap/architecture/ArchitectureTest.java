package com.jobwise.export.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Holds the production code to the dependency rule, and proves every rule bites by running it over
 * {@code com.jobwise.archfixture}, a small package that breaks each of them on purpose.
 */
class ArchitectureTest {
    static final String ROOT = "com.jobwise.export";
    static final String FIXTURE = "com.jobwise.archfixture";

    static JavaClasses production;
    static JavaClasses fixture;

    /** Main code only: no test classes, no test jars (the in-memory fakes are tests). */
    static final ImportOption MAIN_CODE_ONLY = location ->
            !location.contains("/test-classes/") && !location.contains("-tests.jar");

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(MAIN_CODE_ONLY).importPackages(ROOT);
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    static Stream<ArchRule> productionRules() {
        return ArchitectureRules.all(ROOT).stream();
    }

    static Stream<ArchRule> fixtureRules() {
        return ArchitectureRules.all(FIXTURE).stream();
    }

    @Test
    void everyModuleIsImported() {
        for (String suffix : new String[] {ArchitectureRules.DOMAIN, ArchitectureRules.ERROR, ArchitectureRules.APPLICATION,
                ArchitectureRules.RENDERING, ArchitectureRules.PERSISTENCE, ArchitectureRules.S3, ArchitectureRules.REST}) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + suffix)))
                    .as("classes under " + ROOT + suffix).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("productionRules")
    void productionCodeFollowsTheRule(ArchRule rule) {
        rule.check(production);
    }

    @ParameterizedTest
    @MethodSource("fixtureRules")
    void theRuleFailsOnTheViolatingFixture(ArchRule rule) {
        assertThatThrownBy(() -> rule.check(fixture)).isInstanceOf(AssertionError.class);
    }
}
