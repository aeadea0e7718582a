package com.jobwise.export.domain.content;

/** One item of a skill category. */
public sealed interface SkillItem {

    /** The text a reader sees for this item, e.g. {@code Spanish (fluent)}. */
    String displayText();

    /** A plain skill string such as {@code Kubernetes}. */
    record Plain(String name) implements SkillItem {
        @Override
        public String displayText() {
            return name;
        }
    }

    /** A language: {@code {name, proficiency}}. */
    record Language(String name, String proficiency) implements SkillItem {
        @Override
        public String displayText() {
            return proficiency == null || proficiency.isBlank() ? name : name + " (" + proficiency + ")";
        }
    }

    /** A certification: {@code {name, issuer, date_obtained, expiry_date, credential_id}}. */
    record Certification(String name, String issuer, String dateObtained, String expiryDate, String credentialId)
            implements SkillItem {
        @Override
        public String displayText() {
            StringBuilder text = new StringBuilder(name == null ? "" : name);
            if (issuer != null && !issuer.isBlank()) {
                text.append(" — ").append(issuer);
            }
            return text.toString();
        }
    }
}
