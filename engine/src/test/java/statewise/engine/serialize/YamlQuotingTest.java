package statewise.engine.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;

/** YAML strings read back as the same strings, whether they are keys, state names or values. */
class YamlQuotingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"true", "True", "FALSE", "yes", "No", "on", "OFF", "y", "n", "null", "Null", "~", "",
        "1", "-1", "+1", "1.5", "1.", ".5", "-.5", "1e5", "1E5", "1e+5", "1.0E20", "0x1F", "0o17", "017", "0b101",
        "1_000", ".inf", "-.Inf", ".nan", "NaN", "Infinity", "12:30", "1:30:00", "2024-01-01",
        "2024-01-01T00:00:00Z", "a: b", "a:", "#x", "a #b", "{% $states.input %}", "{a}", "[a]", "- a", "-", "---",
        "...", "? a", "?", "*a", "&a", "!a", "|a", ">a", "@a", "`a", "%a", "'a'", "\"a\"", "a,b", "<<", "=",
        " lead", "trail ", "  ", "tab\there", "\t", "multi\nline", "multi\nline\n", "a\n\n", "\n", "\na",
        "  a\nb", "a \nb", "a\nb  ", "a\r\nb", "a\rb", "\u0085x", "a\u0085b\nc", "a\nb\u0085", "a\u2028b",
        "a\u2028b\nc", "x\u2029y", "\ufeffa", "\ufeffa\nb", "ctl\u0001", "x\n\u0001", "del\u007f", "\u00e9t\u00e9",
        "\ud83d\ude00", "a\\b", "${Name}", "$.a", "$$.Execution.Id", "arn:aws:states:::lambda:invoke",
        "$.items[0]", "a]", "a}", "x, y", "States.Format('{}', $.a)", "a: ", "a :b", "a\t#b", "~x"})
    void stringsReadBackUnchanged(String s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("Comment", s).put("StartAt", s);
        ObjectNode state = root.putObject("States").putObject(s);
        state.put("Type", "Pass").put("Comment", s).put("Result", s).put("End", true);
        state.putObject("Parameters").put(s, s);
        StateMachine machine = Objects.requireNonNull(
                AslParser.parse(root.toString(), DocumentFormat.JSON).stateMachine());
        String yaml = AslSerializer.yaml().write(machine);
        AslDocument again = AslParser.parse(yaml, DocumentFormat.YAML);
        assertEquals(machine, again.stateMachine(), yaml);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Pass                           | Pass
            $.input.items[0]               | $.input.items[0]
            arn:aws:states:::lambda:invoke | arn:aws:states:::lambda:invoke
            States.ALL                     | States.ALL
            a#b                            | a#b
            States.Format('{}', $.name)    | States.Format('{}', $.name)
            true                           | "true"
            12                             | "12"
            1e5                            | "1e5"
            .inf                           | ".inf"
            a: b                           | "a: b"
            {% $x %}                       | "{% $x %}"
            """)
    void quotesOnlyWhatWouldReadAsSomethingElse(String value, String written) {
        ObjectNode state = JSON.createObjectNode().put("Type", "Pass").put("Comment", value).put("End", true);
        String yaml = AslSerializer.yaml().write(
                Objects.requireNonNull(AslParser.parseState(state.toString(), DocumentFormat.JSON).state()));
        assertTrue(yaml.contains("\nComment: " + written + "\n"), yaml);
    }
}
