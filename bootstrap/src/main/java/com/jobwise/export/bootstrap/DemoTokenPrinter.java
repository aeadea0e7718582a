package com.jobwise.export.bootstrap;

import com.jobwise.export.adapters.rest.security.HmacTokenIssuer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * When the JWT secret was generated at start-up (no {@code JWT_SECRET}), prints a token for the demo
 * user {@code demo-user}, valid 24 hours, so the service can be tried at once with curl.
 */
@Singleton
@Requires(property = Application.DEMO_TOKEN_PROPERTY, value = "true")
class DemoTokenPrinter implements ApplicationEventListener<ServerStartupEvent> {
    static final String DEMO_USER = "demo-user";

    private final HmacTokenIssuer issuer;

    DemoTokenPrinter(HmacTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String token = issuer.issue(DEMO_USER, "free", Duration.ofHours(24));
        System.out.println("""

                JWT_SECRET is not set: a random secret was generated for this run.
                Demo token for user '%s' (valid 24 hours):

                export TOKEN=%s

                """.formatted(DEMO_USER, token));
    }
}
