package statewise.engine.run.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The replacements a normalisation registers on the serialised text, applied in registration order once every
 * transformer has run (as LocalStack's snapshot library does). A reference replacement stands for one value
 * everywhere it occurs: {@code <uuid:1>}, numbered per replacement name in order of first registration.
 */
final class TransformContext {

    private final List<UnaryOperator<String>> replacements = new ArrayList<>();
    private final Set<String> referenced = new HashSet<>();
    private final Map<String, Integer> counters = new HashMap<>();

    void addReplacement(UnaryOperator<String> replacement) {
        replacements.add(replacement);
    }

    /** Replaces every occurrence of {@code value} in the text by {@code <name:N>}; a value registered twice keeps
     * its first number. Quotes are escaped as the serialised text has them; nothing else is (as in LocalStack). */
    void addReference(String value, String name) {
        if (value.isEmpty()) {
            return;
        }
        String escaped = value.replace("\"", "\\\"");
        if (referenced.add(escaped)) {
            String token = "<" + name + ":" + counters.merge(name, 1, Integer::sum) + ">";
            replacements.add(text -> text.replace(escaped, token));
        }
    }

    String apply(String text) {
        String result = text;
        for (UnaryOperator<String> replacement : replacements) {
            result = replacement.apply(result);
        }
        return result;
    }
}
