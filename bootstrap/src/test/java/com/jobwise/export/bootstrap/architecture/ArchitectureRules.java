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
    /** The core's model, ports and errors, one package per capability (export, content, template, account, ...). */
    static final String DOMAIN = ".domain";
    /** The one package of the sealed error hierarchy (a sealed class spans packages only in a named module). */
    static final String ERROR = ".domain.error";
    static final String APPLICATION = ".application";
    static final String RENDERING = ".adapters.rendering";
    static final String PERSISTENCE = ".adapters.persistence";
    static final String S3 = ".adapters.s3";
    static final String REST = ".adapters.rest";
    /** The composition root: it wires everything, so the onion rule does not apply to it. */
    static final String BOOTSTRAP = ".bootstrap";
    /** Micronaut's scheduling annotation, by name: a scheduled method is bootstrap's entry point for timed work. */
    static final String SCHEDULED = "io.micronaut.scheduling.annotation.Scheduled";

    private ArchitectureRules() {
    }

    static String pkg(String root, String suffix) {
        return root + suffix + "..";
    }

    /** Every rule, named, for one root package. */
    static List<ArchRule> all(String root) {
        return List.of(onion(root), domainUsesOnlyTheJdk(root), applicationUsesOnlyTheJdkAndDomain(root),
                outboundAdaptersDoNotUseTheApplication(root), noPackageCycles(root), portsCarryTheIPrefix(root),
                onlyPortsCarryTheIPrefix(root), restReachesTheCoreThroughUseCases(root),
                persistenceInternalsStayInside(root), scheduledWorkCallsUseCases(root));
    }

    static ArchRule onion(String root) {
        return onionArchitecture().withOptionalLayers(true)
                .domainModels(pkg(root, DOMAIN))
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

    /** A port: an interface of the domain that something outside the domain implements. */
    static DescribedPredicate<JavaClass> port(String root) {
        return DescribedPredicate.describe("a port (a domain interface implemented outside the domain)",
                c -> c.isInterface() && c.getPackageName().startsWith(root + DOMAIN)
                        && c.getAllSubclasses().stream().anyMatch(impl -> !impl.getPackageName().startsWith(root + DOMAIN)));
    }

    /** A class named like a port: {@code I} and a capital, then lower case ({@code IObjectStore}, not {@code ID}). */
    static DescribedPredicate<JavaClass> namedLikeAPort() {
        return DescribedPredicate.describe("named I<Capital>...",
                c -> c.getSimpleName().matches("I[A-Z][a-z][A-Za-z]*") && c.getEnclosingClass().isEmpty());
    }

    /** A port implementation, or a type nested in one (its settings, its callbacks): the adapter's public face. */
    static DescribedPredicate<JavaClass> implementingAPort(String root) {
        return DescribedPredicate.describe("implementing a port (or nested in a port implementation)", c -> {
            for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
                if (k.getAllRawInterfaces().stream().anyMatch(i -> port(root).test(i))) {
                    return true;
                }
            }
            return false;
        });
    }

    static ArchRule portsCarryTheIPrefix(String root) {
        return classes().that(port(root)).and().areTopLevelClasses()
                .should().haveNameMatching(".*\\.I[A-Z][a-z][A-Za-z]*")
                .because("ports keep the I prefix the design names (IDocumentRenderer, IObjectStore, ...)");
    }

    static ArchRule onlyPortsCarryTheIPrefix(String root) {
        return classes().that(namedLikeAPort()).and().resideInAPackage(root + "..")
                .should().beInterfaces().andShould().resideInAPackage(pkg(root, DOMAIN))
                .because("the I prefix marks ports and nothing else");
    }

    static ArchRule restReachesTheCoreThroughUseCases(String root) {
        return noClasses().that().resideInAPackage(pkg(root, REST)).and(DescribedPredicate.not(implementingAPort(root)))
                .should().dependOnClassesThat(DescribedPredicate.and(namedLikeAPort(), port(root)))
                .because("controllers and filters call use cases; only the driven adapters hosted in the REST module "
                        + "(password hashing, token issuing, JSON Schema) touch a port, by implementing it");
    }

    static ArchRule persistenceInternalsStayInside(String root) {
        return classes().that().resideInAPackage(pkg(root, PERSISTENCE)).and(DescribedPredicate.not(implementingAPort(root)))
                .should().onlyHaveDependentClassesThat().resideInAPackage(pkg(root, PERSISTENCE))
                .because("rows, Micronaut Data repositories and SQL helpers are the persistence adapter's own: "
                        + "the rest of the system sees its port implementations only");
    }

    static ArchRule scheduledWorkCallsUseCases(String root) {
        DescribedPredicate<JavaClass> scheduled = DescribedPredicate.describe("with a @Scheduled method",
                c -> c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(SCHEDULED)));
        return noClasses().that(scheduled).and().resideInAPackage(root + "..")
                .should().dependOnClassesThat(DescribedPredicate.and(namedLikeAPort(), port(root)))
                .because("scheduled work in bootstrap calls use cases, never ports (ARCHITECTURE.md)");
    }
}
