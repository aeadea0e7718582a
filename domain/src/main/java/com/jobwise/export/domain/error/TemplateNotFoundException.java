package com.jobwise.export.domain.error;

import com.jobwise.export.domain.template.Template;

import java.util.List;

/** The requested template is not in the catalogue (400 on export, 404 on template lookup). */
public final class TemplateNotFoundException extends ExportException {
    private final String templateId;

    public TemplateNotFoundException(String templateId, List<String> available) {
        super("Template '" + templateId + "' does not exist. Available: " + String.join(", ", available));
        this.templateId = templateId;
    }

    /** The id the client asked for, as given. */
    public String templateId() {
        return templateId;
    }
}
