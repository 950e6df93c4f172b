package statewise.engine.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Plain messages from the parsers' exceptions. Jackson and SnakeYAML append where the problem is, and excerpts of
 * the input; a diagnostic carries its position separately, so those parts go, and a position that helps the
 * reader (where an unclosed bracket opened) becomes a short "line:column".
 */
final class ParserMessages {

    private static final Pattern SOURCE = Pattern.compile(
            "\\[Source: [^\\]]*?(?:line: (\\d+), column: (\\d+))?\\]");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '([^']*)'");

    private ParserMessages() {
    }

    /** A Jackson message without its location dump. */
    static String json(String message) {
        String m = message;
        int at = m.indexOf("\n at [Source");
        if (at >= 0) {
            m = m.substring(0, at);
        }
        Matcher source = SOURCE.matcher(m);
        StringBuilder out = new StringBuilder();
        while (source.find()) {
            source.appendReplacement(out, source.group(1) == null ? "" : source.group(1) + ":" + source.group(2));
        }
        source.appendTail(out);
        return out.toString().replace("start marker at ", "opened at ").replace(" starting at ", " opened at ")
                .replace("\n", " ").replaceAll("\\s+", " ").strip();
    }

    /** SnakeYAML's problem and context ("while parsing a flow node: expected ..."), without marks or excerpts. */
    static String yaml(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
        String context = e.getContext();
        String text = context == null ? problem : problem + " (" + context + ")";
        return text.replace("\n", " ").replaceAll("\\s+", " ").strip();
    }

    /** The mark where a YAML problem is, preferring the problem's own over its context's. */
    static @Nullable Mark yamlMark(MarkedYAMLException e) {
        return e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    }

    /**
     * The token Jackson could not read, for "Unrecognized token 'tru'": Jackson reports the position after it,
     * and a reader wants its start.
     */
    static @Nullable String unreadToken(String message) {
        Matcher m = TOKEN.matcher(message);
        return m.find() ? m.group(1) : null;
    }
}
