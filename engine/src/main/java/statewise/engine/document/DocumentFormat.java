package statewise.engine.document;

import java.util.Locale;

/** The two notations an ASL definition can be written in. */
public enum DocumentFormat {
    JSON,
    YAML;

    /** By file name: {@code .yaml}/{@code .yml} (including {@code .asl.yaml}) is YAML, anything else JSON. */
    public static DocumentFormat fromFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }

    /** By content: JSON starts with '{' or '[' after blanks; anything else is read as YAML. */
    public static DocumentFormat detect(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '{' || c == '[' ? JSON : YAML;
        }
        return JSON;
    }
}
