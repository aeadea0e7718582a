package com.jobwise.export.adapters.rendering.pdf;

import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.resource.XMLResource;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.List;

/**
 * The Flying Saucer user agent of every render: it loads nothing from the network or the file
 * system. Only {@code classpath:} URIs naming the project's own fonts ({@code fonts/...}) or
 * stylesheets ({@code freemarker/...css}) are served, from this module's class loader; every other
 * request (http, https, file, jar, data, a relative path) is answered with nothing. The one
 * exception is Flying Saucer's own default XHTML stylesheet, which the library asks for by the URL of
 * its classpath resource. The templates inline their CSS and use no image.
 *
 * <p>One instance per render (the superclass keeps per-document state).
 */
final class ClasspathOnlyUserAgent extends ITextUserAgent {
    private static final Logger LOG = LoggerFactory.getLogger(ClasspathOnlyUserAgent.class);
    private static final String SCHEME = "classpath:";
    private static final List<String> ALLOWED_PREFIXES = List.of("fonts/", "freemarker/");
    /** Flying Saucer's user-agent stylesheet (display rules of XHTML elements), inside its own jar. */
    private static final URL DEFAULT_CSS = XhtmlNamespaceHandler.class.getResource("/resources/css/XhtmlNamespaceHandler.css");

    ClasspathOnlyUserAgent(ITextOutputDevice outputDevice, int dotsPerPixel) {
        super(outputDevice, dotsPerPixel);
    }

    /** The classpath resource name for an allowed URI, else {@code null}. */
    static String allowedResource(String uri) {
        if (uri == null || !uri.startsWith(SCHEME)) {
            return null;
        }
        String path = uri.substring(SCHEME.length());
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.contains("..") || path.contains("\\") || path.contains("%") || path.contains(":")) {
            return null;
        }
        for (String prefix : ALLOWED_PREFIXES) {
            if (path.startsWith(prefix)) {
                return path;
            }
        }
        return null;
    }

    private static byte[] read(String uri) {
        if (DEFAULT_CSS != null && DEFAULT_CSS.toExternalForm().equals(uri)) {
            try (InputStream in = DEFAULT_CSS.openStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }
        String resource = allowedResource(uri);
        if (resource == null) {
            LOG.warn("Refused to load a resource that is not one of the project's own: {}", uri);
            return null;
        }
        try (InputStream in = ClasspathOnlyUserAgent.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String resolveURI(String uri) {
        if (DEFAULT_CSS != null && DEFAULT_CSS.toExternalForm().equals(uri)) {
            return uri;
        }
        return allowedResource(uri) == null ? null : uri;
    }

    @Override
    public CSSResource getCSSResource(String uri) {
        byte[] css = uri != null && uri.endsWith(".css") ? read(uri) : null;
        return new CSSResource(new ByteArrayInputStream(css == null ? new byte[0] : css));
    }

    @Override
    public ImageResource getImageResource(String uri) {
        LOG.warn("Refused to load an image: {}", uri);
        return new ImageResource(uri, null);
    }

    @Override
    public XMLResource getXMLResource(String uri) {
        throw new IllegalStateException("External documents are never loaded: " + uri);
    }

    @Override
    public byte[] getBinaryResource(String uri) {
        return read(uri);
    }

    @Override
    protected InputStream resolveAndOpenStream(String uri) {
        byte[] bytes = read(uri);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        byte[] bytes = read(uri);
        if (bytes == null) {
            throw new IOException("Resource refused: " + uri);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
        throw new IOException("Connections are never opened: " + uri);
    }
}
