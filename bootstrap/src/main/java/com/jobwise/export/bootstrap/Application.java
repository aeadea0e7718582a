package com.jobwise.export.bootstrap;

import io.micronaut.runtime.Micronaut;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the export service. With no {@code JWT_SECRET} in the environment a random secret is
 * generated for this run and a ready-to-use demo token is printed once the server listens
 * (see {@link DemoTokenPrinter}); every other default is in {@code application.yml}.
 */
public final class Application {
    /** Property set when the secret was generated here, so the demo token is printed. */
    static final String DEMO_TOKEN_PROPERTY = "export.security.print-demo-token";

    private Application() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Micronaut.build(args)
                .mainClass(Application.class)
                // every singleton (controllers, filters, clients, renderers) is created at start, not by the first
                // request that needs it: the first export answers like the rest
                .eagerInitSingletons(true)
                .properties(startupProperties(System.getenv()))
                .start();
    }

    /**
     * Properties decided before the context starts: a generated JWT secret when none is configured and this
     * service issues its own tokens. With an external issuer ({@code JWT_ISSUER_MODE} or
     * {@code EXPORT_SECURITY_MODE} = {@code external}) nothing is generated: a secret shared with the issuer
     * must be configured, or a JWKS URL, and the start-up check says so otherwise.
     */
    static Map<String, Object> startupProperties(Map<String, String> environment) {
        Map<String, Object> properties = new HashMap<>();
        String secret = firstSet(environment, "JWT_SECRET", "EXPORT_SECURITY_JWT_SECRET");
        String mode = firstSet(environment, "JWT_ISSUER_MODE", "EXPORT_SECURITY_MODE");
        boolean external = mode != null && mode.strip().equalsIgnoreCase("external");
        if (secret == null && !external) {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            properties.put("export.security.jwt-secret", Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            properties.put(DEMO_TOKEN_PROPERTY, true);
        }
        return properties;
    }

    private static String firstSet(Map<String, String> environment, String... names) {
        for (String name : names) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
