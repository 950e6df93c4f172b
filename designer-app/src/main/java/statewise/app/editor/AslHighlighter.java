package statewise.app.editor;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import statewise.engine.document.DocumentFormat;

/**
 * Colours ASL text: keys, strings, numbers, literals, punctuation and (YAML) comments. A pure function from text
 * to style spans, so it is tested without a screen and can later move off the FX thread unchanged.
 */
public final class AslHighlighter {

    private static final String STRING = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";
    private static final String NUMBER = "-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b";

    /** A notation's token pattern and the names of its groups, in the order they are tried. */
    private record Grammar(Pattern pattern, List<String> groups) {
    }

    private static final Grammar JSON = new Grammar(Pattern.compile(
            "(?<key>" + STRING + ")(?=\\s*:)"
            + "|(?<string>" + STRING + ")"
            + "|(?<number>" + NUMBER + ")"
            + "|(?<literal>\\b(?:true|false|null)\\b)"
            + "|(?<punctuation>[{}\\[\\],:])"),
            List.of("key", "string", "number", "literal", "punctuation"));

    private static final Grammar YAML = new Grammar(Pattern.compile(
            "(?<comment>#[^\\n]*)"
            + "|(?:^[ \\t]*|(?<=^[ \\t]{0,64}-[ \\t]{1,8}))(?<key>[^\\s#'\"{}\\[\\],:-][^:\\n#]*?)(?=:(?:[ \\t]|$))"
            + "|(?<string>" + STRING + "|'(?:[^'\\n]|'')*')"
            + "|(?<number>" + NUMBER + ")"
            + "|(?<literal>\\b(?:true|false|null)\\b)"
            + "|(?<punctuation>[{}\\[\\],]|:(?=[ \\t]|$)|^[ \\t]*-(?=[ \\t]))",
            Pattern.MULTILINE),
            List.of("comment", "key", "string", "number", "literal", "punctuation"));

    private AslHighlighter() {
    }

    /** One span per stretch of text; styled stretches get the class {@code asl-<kind>}, e.g. {@code asl-key}. */
    public static StyleSpans<Collection<String>> highlight(String text, DocumentFormat format) {
        Grammar grammar = format == DocumentFormat.YAML ? YAML : JSON;
        Matcher matcher = grammar.pattern().matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int end = 0;
        while (matcher.find()) {
            String group = matchedGroup(matcher, grammar.groups());
            int start = matcher.start(group);
            spans.add(List.of(), start - end);
            spans.add(List.of("asl-" + group), matcher.end(group) - start);
            end = matcher.end(group);
        }
        spans.add(List.of(), text.length() - end);
        return spans.create();
    }

    private static String matchedGroup(Matcher matcher, List<String> groups) {
        for (String group : groups) {
            if (matcher.group(group) != null) {
                return group;
            }
        }
        throw new IllegalStateException("A match without a group: " + matcher.group());
    }
}
