package statewise.engine.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.parse.AslParser;

/** Characters of a string value found again in the text, through each way JSON and YAML write strings. */
class StringSpansTest {

    private static String marked(String text, DocumentFormat format, String value) {
        AslDocument document = AslParser.parse(text, format);
        int at = value.indexOf('X');
        SourceSpan span = StringSpans.within(document, "/Comment", value, at, at + 2);
        return span == null ? "none" : text.substring(span.startOffset(), span.endOffset());
    }

    @Test
    void jsonStringMapsThroughItsEscapes() {
        assertThat(marked(json("a XY b"), DocumentFormat.JSON, "a XY b")).isEqualTo("XY");
        assertThat(marked(json("\\\"q\\\" XY"), DocumentFormat.JSON, "\"q\" XY")).isEqualTo("XY");
        assertThat(marked(json("\\u00e9\\t\\\\XY"), DocumentFormat.JSON, "\u00e9\t\\XY")).isEqualTo("XY");
        assertThat(marked(json("XY\\n"), DocumentFormat.JSON, "XY\n")).isEqualTo("XY");
    }

    @Test
    void stringThatIsNotTheValueWrittenGivesNoSpan() {
        assertThat(marked(json("a XY b"), DocumentFormat.JSON, "a XY c")).isEqualTo("none");
    }

    /** A state machine whose Comment is written {@code "written"} in the JSON text. */
    private static String json(String written) {
        return "{\"Comment\": \"" + written + "\", \"StartAt\": \"S\", \"States\": {}}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Comment: a XY b                 | a XY b    | XY
            Comment: "q \\" XY"             | q " XY    | XY
            Comment: 'it''s XY'             | it's XY   | XY
            """)
    void yamlScalarOnOneLineMaps(String line, String value, String expected) {
        String text = line + "\nStartAt: S\nStates: {}\n";
        assertThat(marked(text, DocumentFormat.YAML, value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `Comment: >-\n  a XY\nStartAt: S\n`         | a XY
            `Comment: "a\n  XY"\nStartAt: S\n`          | a XY
            """)
    void foldedYamlGivesNoSpan(String escaped, String value) {
        String text = escaped.replace("\\n", "\n") + "States: {}\n";
        assertThat(marked(text, DocumentFormat.YAML, value)).isEqualTo("none");
    }
}
