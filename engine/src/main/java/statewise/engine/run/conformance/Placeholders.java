package statewise.engine.run.conformance;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholder tokens ({@code <uuid:1>}, {@code <partition>}, {@code <MapRunArnPart0_0idx>}) that the recording's
 * transformers left in expected strings. The corpus lists most of those transformers, but not all; a token whose
 * transformer is missing cannot be reproduced on our side. So an expected string with tokens also matches an
 * actual string that fits it with each token standing for some non-empty text, provided a token stands for the
 * same text everywhere in the case (as the reference replacements that made it did).
 */
final class Placeholders {

    static final Pattern TOKEN = Pattern.compile("<[A-Za-z][A-Za-z0-9_.-]*(?::\\d+)?>");

    private final Map<String, String> bound;

    Placeholders() {
        this(new HashMap<>());
    }

    private Placeholders(Map<String, String> bound) {
        this.bound = bound;
    }

    /** A copy whose bindings can be tried and then {@linkplain #adopt adopted} or dropped. */
    Placeholders copy() {
        return new Placeholders(new HashMap<>(bound));
    }

    void adopt(Placeholders tried) {
        bound.putAll(tried.bound);
    }

    /** True when the strings are equal, or {@code expected} has tokens and {@code actual} fits it. */
    boolean matches(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        Matcher token = TOKEN.matcher(expected);
        if (!token.find()) {
            return false;
        }
        Map<String, String> groups = new LinkedHashMap<>();
        StringBuilder regex = new StringBuilder();
        int last = 0;
        do {
            regex.append(Pattern.quote(expected.substring(last, token.start())));
            String name = token.group();
            if (bound.containsKey(name)) {
                regex.append(Pattern.quote(bound.get(name)));
            } else if (groups.containsKey(name)) {
                regex.append("\\k<").append(groups.get(name)).append('>');
            } else {
                String group = "p" + groups.size();
                groups.put(name, group);
                regex.append("(?<").append(group).append(">.+?)");
            }
            last = token.end();
        } while (token.find());
        regex.append(Pattern.quote(expected.substring(last)));
        Matcher fit = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual);
        if (!fit.matches()) {
            return false;
        }
        groups.forEach((name, group) -> bound.put(name, fit.group(group)));
        return true;
    }
}
