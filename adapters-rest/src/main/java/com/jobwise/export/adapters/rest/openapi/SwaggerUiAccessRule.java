package com.jobwise.export.adapters.rest.openapi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

/**
 * Lets anyone read Swagger UI's static files ({@code GET}/{@code HEAD} under {@value SwaggerUi#PATH}): they are
 * served by the router's static resources, which carry no {@code @Secured} for micronaut-security to read.
 * Says nothing ({@code UNKNOWN}) about any other request.
 */
@Singleton
public class SwaggerUiAccessRule implements SecurityRule<HttpRequest<?>> {

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        boolean read = request != null && (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD);
        return Publishers.just(read && SwaggerUi.serves(request.getPath()) ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
    }
}
