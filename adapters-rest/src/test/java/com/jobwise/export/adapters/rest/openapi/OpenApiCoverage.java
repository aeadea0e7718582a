package com.jobwise.export.adapters.rest.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the routes an application serves with an OpenAPI document, and checks the document's own
 * completeness (examples for every body and error). Pure functions, so the checks themselves can be tested
 * against deliberately incomplete inputs.
 */
final class OpenApiCoverage {
    private OpenApiCoverage() {
    }

    /** A route as {@code METHOD /path/{}} (path variables' names erased). */
    record Route(String method, String path) implements Comparable<Route> {
        static Route of(String method, String template) {
            String path = template.replaceAll("\\{[^}]*}", "{}");
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return new Route(method.toUpperCase(Locale.ROOT), path);
        }

        @Override
        public int compareTo(Route other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The document's operations as routes. */
    static Set<Route> documented(OpenAPI document) {
        Set<Route> routes = new TreeSet<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> routes.add(Route.of(method.name(), path))));
        return routes;
    }

    /** The routes the application serves that the document does not describe. */
    static Set<Route> undocumented(Set<Route> served, OpenAPI document) {
        Set<Route> missing = new TreeSet<>(served);
        missing.removeAll(documented(document));
        return missing;
    }

    /** Every gap in the document's examples and error descriptions, one line each; empty when complete. */
    static List<String> incompleteness(OpenAPI document) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation op = entry.getValue();
                String name = entry.getKey() + " " + path.getKey();
                if (op.getOperationId() == null || op.getSummary() == null) {
                    problems.add(name + ": no operationId or summary");
                }
                if (op.getRequestBody() != null) {
                    missingExamples(op.getRequestBody().getContent()).forEach(t -> problems.add(name + ": request body " + t + " has no example"));
                }
                for (Parameter parameter : op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
                    Parameter resolved = resolve(document, parameter);
                    boolean example = resolved.getExample() != null || (resolved.getExamples() != null && !resolved.getExamples().isEmpty())
                            || (resolved.getSchema() != null && resolved.getSchema().getExample() != null);
                    if (!example) {
                        problems.add(name + ": parameter " + resolved.getName() + " has no example");
                    }
                }
                boolean success = false;
                boolean error = false;
                for (Map.Entry<String, ApiResponse> response : op.getResponses().entrySet()) {
                    String code = response.getKey();
                    success |= code.startsWith("2") || code.startsWith("3");
                    Content content = response.getValue().getContent();
                    if (code.startsWith("4") || code.startsWith("5")) {
                        error = true;
                        if (content == null || content.isEmpty()) {
                            problems.add(name + ": error " + code + " has no body");
                            continue;
                        }
                    }
                    if (content != null) {
                        missingExamples(content).forEach(t -> problems.add(name + ": response " + code + " " + t + " has no example"));
                    } else if (!code.equals("204") && !code.startsWith("3")) {
                        problems.add(name + ": response " + code + " has no content");
                    }
                }
                if (!success) {
                    problems.add(name + ": no success response");
                }
                boolean authenticated = op.getSecurity() != null && !op.getSecurity().isEmpty();
                if (authenticated && !op.getResponses().containsKey("401")) {
                    problems.add(name + ": needs a token but does not document 401");
                }
                if (authenticated && !error) {
                    problems.add(name + ": documents no error");
                }
            }
        }
        return problems;
    }

    private static List<String> missingExamples(Content content) {
        List<String> missing = new ArrayList<>();
        if (content == null) {
            return missing;
        }
        for (Map.Entry<String, MediaType> type : content.entrySet()) {
            MediaType media = type.getValue();
            boolean example = media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
            if (!example) {
                missing.add(type.getKey());
            }
        }
        return missing;
    }

    private static Parameter resolve(OpenAPI document, Parameter parameter) {
        if (parameter.get$ref() == null) {
            return parameter;
        }
        String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
        return document.getComponents().getParameters().get(name);
    }
}
