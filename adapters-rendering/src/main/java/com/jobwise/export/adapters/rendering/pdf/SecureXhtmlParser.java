package com.jobwise.export.adapters.rendering.pdf;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;

/**
 * Parses the generated XHTML into a DOM with every external-entity door shut: DOCTYPE
 * declarations are refused outright, no external DTD, entity or XInclude is loaded, and secure
 * processing limits are on. Flying Saucer 10.3 does not harden its own parser, so the renderer only
 * ever receives a DOM built here. Thread-safe.
 */
public final class SecureXhtmlParser {
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private final DocumentBuilderFactory factory;

    public SecureXhtmlParser() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be hardened", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        f.setValidating(false);
        this.factory = f;
    }

    /**
     * @throws SAXException on malformed XML or any DOCTYPE declaration
     */
    public Document parse(String xhtml) throws SAXException, IOException {
        DocumentBuilder builder;
        synchronized (factory) {
            try {
                builder = factory.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
        builder.setErrorHandler(STRICT);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("External entity refused: " + systemId);
        });
        return builder.parse(new InputSource(new StringReader(xhtml)));
    }
}
