package com.jobwise.export.domain.content.plaintext;

import com.jobwise.export.domain.content.SkillCategory;
import com.jobwise.export.domain.content.SkillItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.jobwise.export.domain.content.plaintext.PlainTextLines.*;

/** Reads skills, languages (with proficiency words) and certifications (with dates and issuers). */
final class SkillsReader {
    private SkillsReader() {
    }

    static final Set<String> PROFICIENCIES = Set.of("native", "fluent", "bilingual", "conversational",
            "basic", "intermediate", "advanced", "professional", "elementary", "proficient", "beginner", "working",
            "limited working", "professional working", "full professional", "native or bilingual", "mother tongue",
            "a1", "a2", "b1", "b2", "c1", "c2");


    static List<SkillCategory> skills(List<String> lines) {
        List<SkillCategory> categories = new ArrayList<>();
        List<SkillItem> unlabelled = new ArrayList<>();
        List<SkillItem> languages = new ArrayList<>();
        for (String raw : lines) {
            if (raw.isEmpty()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(raw);
            String line = bullet.matches() ? bullet.group(1).strip() : raw;
            Matcher labelled = LABELLED.matcher(line);
            if (labelled.matches() && !labelled.group(1).contains("(")) {
                String label = labelled.group(1).strip();
                boolean languageLabel = label.toLowerCase(Locale.ROOT).startsWith("language");
                List<SkillItem> items = new ArrayList<>();
                for (String item : items(List.of(labelled.group(2)))) {
                    items.add(languageLabel ? language(item) : new SkillItem.Plain(item));
                }
                categories.add(new SkillCategory(label, items));
                continue;
            }
            for (String item : items(List.of(line))) {
                SkillItem.Language language = proficiencyLanguage(item);
                if (language != null) {
                    languages.add(language);
                } else {
                    unlabelled.add(new SkillItem.Plain(item));
                }
            }
        }
        if (!unlabelled.isEmpty()) {
            categories.addFirst(new SkillCategory(null, unlabelled));
        }
        if (!languages.isEmpty()) {
            categories.add(new SkillCategory("Languages", languages));
        }
        return categories;
    }

    /** Splits on commas, semicolons, pipes and bullets outside parentheses. */
    static List<String> items(List<String> lines) {
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            Matcher bullet = BULLET.matcher(line);
            String text = bullet.matches() ? bullet.group(1) : line;
            int depth = 0;
            StringBuilder item = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(' || c == '[') {
                    depth++;
                } else if ((c == ')' || c == ']') && depth > 0) {
                    depth--;
                }
                if (depth == 0 && (c == ',' || c == ';' || c == '|' || c == '•' || c == '·')) {
                    addItem(items, item);
                    continue;
                }
                item.append(c);
            }
            addItem(items, item);
        }
        return items;
    }

    static void addItem(List<String> items, StringBuilder item) {
        String s = item.toString().strip();
        if (!s.isEmpty()) {
            items.add(s);
        }
        item.setLength(0);
    }

    /** {@code Spanish (native)} with a known proficiency word, else {@code null}. */
    static SkillItem.Language proficiencyLanguage(String item) {
        Matcher m = Pattern.compile("^(\\p{L}[\\p{L}' -]{1,30}?)\\s*\\(([^()]+)\\)$").matcher(item);
        if (m.matches() && PROFICIENCIES.contains(m.group(2).strip().toLowerCase(Locale.ROOT))) {
            return new SkillItem.Language(m.group(1).strip(), m.group(2).strip());
        }
        return null;
    }

    static SkillItem language(String item) {
        SkillItem.Language parsed = proficiencyLanguage(item);
        if (parsed != null) {
            return parsed;
        }
        Matcher m = Pattern.compile("^(.+?)\\s*(?:[:–—-]|\\()\\s*([^()]+?)\\)?$").matcher(item);
        if (m.matches()) {
            return new SkillItem.Language(m.group(1).strip(), m.group(2).strip());
        }
        return new SkillItem.Language(item, null);
    }

    static SkillItem certification(String raw) {
        Matcher bullet = BULLET.matcher(raw);
        String line = bullet.matches() ? bullet.group(1).strip() : raw;
        String date = null;
        Matcher dated = Pattern.compile("^(.*?)[\\s,]*\\(([^()]*\\d{4}[^()]*)\\)\\s*$").matcher(line);
        if (dated.matches()) {
            line = dated.group(1).strip();
            date = dated.group(2).strip();
        }
        String[] nameIssuer = line.split("\\s+[–—-]\\s+|\\s*\\|\\s*", 2);
        String name = nameIssuer[0].strip();
        String issuer = nameIssuer.length > 1 ? nameIssuer[1].strip() : null;
        return new SkillItem.Certification(name, issuer, date, null, null);
    }
}
