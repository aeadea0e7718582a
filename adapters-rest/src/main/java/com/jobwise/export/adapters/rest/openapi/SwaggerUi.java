package com.jobwise.export.adapters.rest.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swagger UI at {@code /swagger-ui}: the page micronaut-openapi generates at build time
 * ({@code micronaut.openapi.views.spec} in {@code src/openapi/openapi.properties}) into {@value #PAGE_DIRECTORY},
 * served by {@code micronaut.router.static-resources.swagger-ui}. Its Content-Security-Policy ({@link #csp()})
 * allows scripts from this origin plus the page's own inline script, by its SHA-256 hash (computed here from
 * the generated page, so it follows upgrades of the module), and nothing from elsewhere.
 */
public final class SwaggerUi {
    /** The URL prefix of the page and its files. */
    public static final String PATH = "/swagger-ui";
    /** Where the build writes the page on the classpath. */
    public static final String PAGE_DIRECTORY = "META-INF/swagger/views/swagger-ui";

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    private static final String CSP = policy();

    private SwaggerUi() {
    }

    /** Whether {@code path} is the page or one of its files. */
    public static boolean serves(String path) {
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    /** The page's policy: everything from this origin, its inline script by hash, inline styles and data: images. */
    public static String csp() {
        return CSP;
    }

    private static String policy() {
        StringBuilder scripts = new StringBuilder("script-src 'self'");
        for (String hash : inlineScriptHashes(page())) {
            scripts.append(" 'sha256-").append(hash).append('\'');
        }
        return "default-src 'self'; " + scripts + "; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                + "frame-ancestors 'none'";
    }

    /** The Base64 SHA-256 of every inline script of {@code html}, as CSP hash sources expect. */
    static List<String> inlineScriptHashes(String html) {
        List<String> hashes = new ArrayList<>();
        Matcher m = INLINE_SCRIPT.matcher(html);
        while (m.find()) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
                hashes.add(Base64.getEncoder().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return hashes;
    }

    /** The generated page, or an empty one when the build did not generate it (no inline script allowed then). */
    private static String page() {
        try (InputStream in = SwaggerUi.class.getClassLoader().getResourceAsStream(PAGE_DIRECTORY + "/index.html")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
