package com.jobwise.export.domain.content.jsonresume;

import java.util.regex.Pattern;

/**
 * Constants shared by {@link JsonResumeReader} and {@link JsonResumeWriter}: the JSON Resume schema
 * version (v1.0.0, vendored as {@value #SCHEMA_RESOURCE} with its MIT licence) and the names of the
 * extension properties this service adds where the schema allows additional properties.
 */
public final class JsonResume {
    /** Classpath resource of the official JSON Resume schema v1.0.0. */
    public static final String SCHEMA_RESOURCE = "/jsonresume/schema-v1.0.0.json";
    /** The {@code $schema} URL written into produced documents. */
    public static final String SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";
    /** Key under {@code meta} holding what JSON Resume has no place for (text sections, metadata, options). */
    public static final String META_KEY = "jobwise";

    static final String LANGUAGES = "Languages";
    static final String CERTIFICATIONS = "Certifications";
    /** The schema's {@code iso8601} pattern. */
    static final Pattern DATE = Pattern.compile(
            "^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$");
    /** The {@code date} format (RFC 3339 full-date) of a certificate's date. */
    static final Pattern FULL_DATE = Pattern.compile("^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$");
    static final Pattern URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private JsonResume() {
    }
}
