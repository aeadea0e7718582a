package com.jobwise.export.adapters.rendering.docx;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A strict check of a produced package, independent of the code that wrote it:
 * <ul>
 *   <li>every part has a content type in {@code [Content_Types].xml}, every override names an
 *       existing part, every internal relationship target exists, every {@code r:id} of the main
 *       part resolves;</li>
 *   <li>every WordprocessingML part, the relationships and {@code app.xml} validate against the
 *       ECMA-376 schemas POI ships in {@code poi-ooxml-full} (XmlBeans {@code validate()});
 *       {@code core.xml}, whose schema POI does not ship, is checked for its root and namespaces.</li>
 * </ul>
 * The schemas are loaded in a class loader of their own: the test class path also holds
 * {@code poi-ooxml-lite}, whose reduced type system would otherwise win.
 */
final class OoxmlPackageCheck {
    private static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final Map<String, String> SCHEMA_BY_CONTENT_TYPE = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
            "org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
            "org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
            "org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
            "org.openxmlformats.schemas.wordprocessingml.x2006.main.CommentsDocument",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
            "org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            "org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument",
            "application/vnd.openxmlformats-package.relationships+xml",
            "org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument");
    private static final String CORE = "application/vnd.openxmlformats-package.core-properties+xml";

    private static volatile ClassLoader schemas;

    private OoxmlPackageCheck() {
    }

    /** Every problem found in {@code docx}; empty when the package is valid. */
    static List<String> problems(byte[] docx) throws Exception {
        Map<String, byte[]> parts = unzip(docx);
        List<String> problems = new ArrayList<>();
        byte[] typesXml = parts.remove("[Content_Types].xml");
        if (typesXml == null) {
            return List.of("[Content_Types].xml is missing");
        }
        Document types = parse(typesXml);
        Map<String, String> defaults = new LinkedHashMap<>();
        Map<String, String> overrides = new LinkedHashMap<>();
        for (Element e : elements(types, CT, "Default")) {
            defaults.put(e.getAttribute("Extension").toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
        }
        for (Element e : elements(types, CT, "Override")) {
            overrides.put(e.getAttribute("PartName").substring(1), e.getAttribute("ContentType"));
        }
        overrides.keySet().stream().filter(name -> !parts.containsKey(name))
                .forEach(name -> problems.add("override for a missing part " + name));
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String name = part.getKey();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            String type = overrides.getOrDefault(name, defaults.get(extension));
            if (type == null) {
                problems.add(name + " has no content type");
                continue;
            }
            if (type.equals(CORE)) {
                Element root = parse(part.getValue()).getDocumentElement();
                if (!"coreProperties".equals(root.getLocalName()) || !"http://schemas.openxmlformats.org/package/2006/metadata/core-properties".equals(root.getNamespaceURI())) {
                    problems.add(name + " is not cp:coreProperties");
                }
                continue;
            }
            String schema = SCHEMA_BY_CONTENT_TYPE.get(type);
            if (schema == null) {
                problems.add(name + " has content type " + type + " that this check has no schema for");
                continue;
            }
            for (String error : validate(schema, part.getValue())) {
                problems.add(name + ": " + error);
            }
            if (name.endsWith(".rels")) {
                relationships(name, parts, problems);
            }
        }
        byte[] document = parts.get("word/document.xml");
        byte[] documentRels = parts.get("word/_rels/document.xml.rels");
        if (document == null || documentRels == null) {
            problems.add("word/document.xml or its relationships are missing");
        } else {
            List<String> ids = elements(parse(documentRels), RELS, "Relationship").stream()
                    .map(e -> e.getAttribute("Id")).toList();
            NodeList all = parse(document).getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                String id = e.getAttributeNS(DocxInspector.R, "id");
                if (!id.isEmpty() && !ids.contains(id)) {
                    problems.add("word/document.xml refers to a missing relationship " + id);
                }
            }
        }
        return problems;
    }

    private static void relationships(String relsName, Map<String, byte[]> parts, List<String> problems)
            throws Exception {
        String source = relsName.replace("_rels/", "").replaceAll("\\.rels$", "");
        String base = source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
        for (Element rel : elements(parse(parts.get(relsName)), RELS, "Relationship")) {
            if ("External".equals(rel.getAttribute("TargetMode"))) {
                continue;
            }
            String target = rel.getAttribute("Target");
            String resolved = target.startsWith("/") ? target.substring(1) : base + target;
            if (!parts.containsKey(resolved)) {
                problems.add(relsName + " targets a missing part " + resolved);
            }
        }
    }

    private static List<String> validate(String documentClass, byte[] xml) throws Exception {
        ClassLoader loader = schemas();
        Class<?> options = loader.loadClass("org.apache.xmlbeans.XmlOptions");
        Class<?> schemaType = loader.loadClass("org.apache.xmlbeans.SchemaType");
        Class<?> typeLoader = loader.loadClass("org.apache.xmlbeans.SchemaTypeLoader");
        Class<?> xmlObject = loader.loadClass("org.apache.xmlbeans.XmlObject");
        Object type = loader.loadClass(documentClass).getField("type").get(null);
        Object typeSystem = schemaType.getMethod("getTypeSystem").invoke(type);
        Object opts = options.getConstructor().newInstance();
        List<Object> errors = new ArrayList<>();
        options.getMethod("setErrorListener", Collection.class).invoke(opts, errors);
        try (InputStream in = new ByteArrayInputStream(xml)) {
            Object parsed = typeLoader.getMethod("parse", InputStream.class, schemaType, options)
                    .invoke(typeSystem, in, type, opts);
            boolean valid = (Boolean) xmlObject.getMethod("validate", options).invoke(parsed, opts);
            List<String> messages = errors.stream().map(String::valueOf).toList();
            if (!valid && messages.isEmpty()) {
                return List.of("invalid");
            }
            return messages;
        } catch (InvocationTargetException e) {
            return List.of("does not parse: " + e.getCause());
        }
    }

    /** A class loader holding only the full schemas and XmlBeans, beside the platform classes. */
    private static ClassLoader schemas() throws MalformedURLException {
        if (schemas == null) {
            List<URL> urls = new ArrayList<>();
            for (String entry : classPath()) {
                String file = new File(entry).getName();
                if (file.startsWith("poi-ooxml-full-") || file.startsWith("xmlbeans-")
                        || file.startsWith("log4j-api-")) {
                    urls.add(new File(entry).toURI().toURL());
                }
            }
            if (urls.size() != 3) {
                throw new IllegalStateException("poi-ooxml-full, xmlbeans and log4j-api must be on the test class path: "
                        + urls);
            }
            schemas = new URLClassLoader("ooxml-full-schemas", urls.toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader());
        }
        return schemas;
    }

    /** The entries of the test class path (surefire sets {@code java.class.path} to it). */
    static List<String> classPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(cp.split(File.pathSeparator));
    }

    private static Map<String, byte[]> unzip(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (parts.put(e.getName(), zip.readAllBytes()) != null) {
                    throw new IOException("duplicate entry " + e.getName());
                }
            }
        }
        return parts;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Document d, String ns, String name) {
        NodeList list = d.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
