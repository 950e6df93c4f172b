package statewise.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import statewise.engine.document.Diagnostic;

/** A JSONata syntax error is underlined where it is inside its {@code {% %}} string, in JSON and in YAML. */
class JsonataDiagnosticsTest {

    private static Diagnostic jsonataError(String asl) {
        return Lint.diagnostics(asl).stream().filter(d -> d.code().equals("invalid-jsonata")).findFirst()
                .orElseThrow();
    }

    private static String underlined(String asl, Diagnostic d) {
        return asl.substring(d.span().startOffset(), d.span().endOffset());
    }

    @Test
    void errorInAJsonStringIsUnderlinedAtItsCharacter() {
        String asl = Lint.machine("\"Type\": \"Pass\", \"QueryLanguage\": \"JSONata\", \"Output\": \"{% 1 + ) %}\","
                + " \"End\": true");
        Diagnostic d = jsonataError(asl);
        assertThat(d.pointer()).isEqualTo("/States/S/Output");
        assertThat(underlined(asl, d)).isEqualTo(")");
        assertThat(d.span().startColumn()).isEqualTo(asl.indexOf(')') + 1);
    }

    @Test
    void escapesBeforeTheErrorAreCountedAsTheyAreWritten() {
        String asl = Lint.machine("\"Type\": \"Pass\", \"QueryLanguage\": \"JSONata\","
                + " \"Output\": \"{% '\\\"\\u00e9\\t' & ) %}\", \"End\": true");
        assertThat(underlined(asl, jsonataError(asl))).isEqualTo(")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"{% 1 + ) %}\"", "'{% 1 + ) %}'"})
    void errorInAYamlStringIsUnderlinedAtItsCharacter(String written) {
        String asl = """
                StartAt: S
                QueryLanguage: JSONata
                States:
                  S:
                    Type: Pass
                    Output: %s
                    End: true
                """.formatted(written);
        Diagnostic d = jsonataError(asl);
        assertThat(underlined(asl, d)).isEqualTo(")");
        assertThat(d.span().startLine()).isEqualTo(6);
    }

    @Test
    void errorInABlockScalarUnderlinesTheField() {
        String asl = """
                StartAt: S
                QueryLanguage: JSONata
                States:
                  S:
                    Type: Pass
                    Output: >-
                      {% 1 + ) %}
                    End: true
                """;
        Diagnostic d = jsonataError(asl);
        assertThat(underlined(asl, d)).isEqualTo("Output");
    }
}
