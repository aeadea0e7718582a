package com.jobwise.export.bootstrap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rule of ARCHITECTURE.md as ArchUnit rules over a root package, so the same rules
 * run over the real code ({@code com.jobwise.export}) and over a deliberately broken fixture.
 * Package names are built from constants, so a typo cannot make a rule vacuous.
 */
final class ArchitectureRules {
    static final String DOMAIN = ".domain";
    static final String MODEL = ".domain.model";
    static final String PORT = ".domain.port";
    /** Share links (issue 13): domain model classes of their own capability, as plain as {@link #MODEL}. */
    static final String SHARE = ".domain.share";
    static final String JOB = ".domain.job";
    static final String APPLICATION = ".application";
    static final String RENDERING = ".adapters.rendering";
    static final String PERSISTENCE = ".adapters.persistence";
    static final String S3 = ".adapters.s3";
    static final String REST = ".adapters.rest";
    /** The composition root: it wires everything, so the onion rule does not apply to it. */
    static final String BOOTSTRAP = ".bootstrap";

    private ArchitectureRules() {
    }

    static String pkg(String root, String suffix) {
        return root + suffix + "..";
    }

    /** Every rule, named, for one root package. */
    static List<ArchRule> all(String root) {
        return List.of(onion(root), domainUsesOnlyTheJdk(root), applicationUsesOnlyTheJdkAndDomain(root),
                outboundAdaptersDoNotUseTheApplication(root), noPackageCycles(root), portsCarryTheIPrefix(root),
                onlyPortsCarryTheIPrefix(root));
    }

    static ArchRule onion(String root) {
        return onionArchitecture()
                .domainModels(pkg(root, MODEL), pkg(root, SHARE), pkg(root, JOB))
                .domainServices(pkg(root, PORT))
                .applicationServices(pkg(root, APPLICATION))
                .adapter("rendering", pkg(root, RENDERING))
                .adapter("persistence", pkg(root, PERSISTENCE))
                .adapter("s3", pkg(root, S3))
                .adapter("rest", pkg(root, REST))
                .ignoreDependency(JavaClass.Predicates.resideInAPackage(pkg(root, BOOTSTRAP)), DescribedPredicate.alwaysTrue())
                .because("the core knows no adapter and adapters never depend on each other (ARCHITECTURE.md)");
    }

    static ArchRule domainUsesOnlyTheJdk(String root) {
        return classes().that().resideInAPackage(pkg(root, DOMAIN))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", pkg(root, DOMAIN))
                .because("the domain is plain Java: no framework, no Jackson, no annotations from outside the JDK "
                        + "(the JDK's own javax.crypto included, so nobody writes HMAC by hand)");
    }

    static ArchRule applicationUsesOnlyTheJdkAndDomain(String root) {
        return classes().that().resideInAPackage(pkg(root, APPLICATION))
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", pkg(root, DOMAIN), pkg(root, APPLICATION))
                .because("use cases are plain Java created with new in a bootstrap factory");
    }

    static ArchRule outboundAdaptersDoNotUseTheApplication(String root) {
        return noClasses().that().resideInAnyPackage(pkg(root, RENDERING), pkg(root, PERSISTENCE), pkg(root, S3))
                .should().dependOnClassesThat().resideInAPackage(pkg(root, APPLICATION))
                .because("outbound adapters implement domain ports and may depend on the domain only");
    }

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .because("package cycles make modules impossible to reason about");
    }

    static ArchRule portsCarryTheIPrefix(String root) {
        return classes().that().resideInAPackage(pkg(root, PORT)).and().areInterfaces().and().areTopLevelClasses()
                .should().haveSimpleNameStartingWith("I")
                .because("ports keep the I prefix the design names (IDocumentRenderer, IObjectStore, ...)");
    }

    static ArchRule onlyPortsCarryTheIPrefix(String root) {
        return classes().that().haveNameMatching(".*\\.I[A-Z][a-z][A-Za-z]*").and().resideInAPackage(root + "..")
                .should().beInterfaces().andShould().resideInAnyPackage(pkg(root, PORT), pkg(root, JOB))
                .because("the I prefix marks ports and nothing else (domain.job keeps its own ports)");
    }
}
