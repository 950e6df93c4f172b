package statewise.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import statewise.engine.document.Diagnostic;

/**
 * Each diagnostic underlines the thing that is wrong: the value when the value is wrong, the key when the field is,
 * and a state's name (not its whole body) when something is missing from the state. In each text, « and » mark the
 * span expected; they are taken out before the text is read.
 */
class DiagnosticSpansTest {

    static Stream<Arguments> json() {
        return Stream.of(
                Arguments.of("missing-transition-target", """
                        {"StartAt": "A", "States": {
                          "A": {"Type": "Pass", "Next": «"Nowhere"»}}}"""),
                Arguments.of("missing-transition-target", """
                        {"StartAt": «"Nowhere"», "States": {"A": {"Type": "Succeed"}}}"""),
                Arguments.of("missing-transition-target", """
                        {"StartAt": "C", "States": {
                          "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsNull": true, "Next": "D"}],
                                "Default": «"Gone"»},
                          "D": {"Type": "Succeed"}}}"""),
                Arguments.of("missing-transition-target", """
                        {"StartAt": "T", "States": {
                          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": «"Gone"»}]}}}"""),
                Arguments.of("unknown-field", """
                        {"StartAt": "A", "States": {"A": {"Type": "Pass", «"Bogus"»: 1, "End": true}}}"""),
                Arguments.of("missing-field", """
                        {"StartAt": "T", "States": {
                          «"T"»: {
                            "Type": "Task",
                            "End": true
                          }}}"""),
                Arguments.of("wrong-type", """
                        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Comment": «7», "End": true}}}"""),
                Arguments.of("wrong-type", """
                        {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true, «"Comment"»: [
                          "a", "b"
                        ]}}}"""),
                Arguments.of("unknown-state-type", """
                        {"StartAt": "A", "States": {"A": {"Type": «"Tusk"», "End": true}}}"""),
                Arguments.of("invalid-value", """
                        {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                          "TimeoutSeconds": «0», "End": true}}}"""),
                Arguments.of("invalid-value", """
                        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {«"1x"»: 1}, "End": true}}}"""),
                Arguments.of("invalid-path", """
                        {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true,
                          "Parameters": {"ok": 1, "bad.$": «"x"»}}}}"""),
                Arguments.of("invalid-reference-path", """
                        {"StartAt": "A", "States": {"A": {"Type": "Pass", "ResultPath": «"$.a[*]"», "End": true}}}"""),
                Arguments.of("invalid-timestamp", """
                        {"StartAt": "W", "States": {"W": {"Type": "Wait", "Timestamp": «"yesterday"», "End": true}}}"""),
                Arguments.of("invalid-resource", """
                        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": «"arn:aws:lambda:us-east-1:1:layer:x"»,
                          "End": true}}}"""),
                Arguments.of("states-all-not-last", """
                        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                          "End": true, "Retry": [{"ErrorEquals": [«"States.ALL"», "X"]}]}}}"""),
                Arguments.of("query-language-field", """
                        {"StartAt": "A", "QueryLanguage": "JSONata", "States": {
                          "A": {"Type": "Pass", «"InputPath"»: "$.x", "End": true}}}"""),
                Arguments.of("query-language-field", """
                        {"StartAt": "A", "QueryLanguage": "JSONata", "States": {
                          "A": {"Type": "Pass", "QueryLanguage": «"JSONPath"», "End": true}}}"""),
                Arguments.of("invalid-jsonata", """
                        {"StartAt": "A", "QueryLanguage": "JSONata", "States": {
                          "A": {"Type": "Pass", "Output": «"{% 1 + 1"», "End": true}}}"""),
                Arguments.of("conflicting-fields", """
                        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B", «"End"»: true},
                          "B": {"Type": "Succeed"}}}"""),
                Arguments.of("missing-transition", """
                        {"StartAt": "A", "States": {«"A"»: {"Type": "Pass"}}}"""),
                Arguments.of("unreferenced-state", """
                        {"StartAt": "A", "States": {"A": {"Type": "Succeed"}, «"B"»: {"Type": "Succeed"}}}"""),
                Arguments.of("no-effect", """
                        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B", «"End"»: false},
                          "B": {"Type": "Succeed"}}}"""),
                Arguments.of("path-without-dollar", """
                        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"a": «"$.x"»}, "End": true}}}"""),
                Arguments.of("template-key-conflict", """
                        {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true,
                          "Parameters": {"a": 1, «"a.$"»: "$.x"}}}}"""),
                Arguments.of("template-placeholder", """
                        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": «"${Fn}"», "End": true}}}"""));
    }

    static Stream<Arguments> yaml() {
        return Stream.of(
                Arguments.of("missing-transition-target", """
                        StartAt: A
                        States:
                          A:
                            Type: Pass
                            Next: «Nowhere»
                        """),
                Arguments.of("missing-transition-target", """
                        StartAt: «'Nowhere'»
                        States:
                          A:
                            Type: Succeed
                        """),
                Arguments.of("unknown-field", """
                        StartAt: A
                        States:
                          A:
                            Type: Pass
                            «Bogus»: 1
                            End: true
                        """),
                Arguments.of("missing-field", """
                        StartAt: T
                        States:
                          «T»:
                            Type: Task
                            End: true
                        """),
                Arguments.of("wrong-type", """
                        StartAt: A
                        States:
                          A:
                            Type: Pass
                            Comment: «7»
                            End: true
                        """),
                Arguments.of("wrong-type", """
                        StartAt: A
                        States:
                          A:
                            Type: Pass
                            End: true
                            «Comment»:
                              - a
                              - b
                        """),
                Arguments.of("unknown-state-type", """
                        StartAt: A
                        States:
                          A:
                            Type: «"Tusk"»
                            End: true
                        """),
                Arguments.of("invalid-value", """
                        StartAt: A
                        States:
                          A:
                            Type: Pass
                            Assign:
                              «1x»: 1
                            End: true
                        """),
                Arguments.of("invalid-reference-path", """
                        StartAt: A
                        States:
                          A:
                            Type: Pass
                            ResultPath: «$.a[*]»
                            End: true
                        """),
                Arguments.of("invalid-jsonata", """
                        StartAt: A
                        QueryLanguage: JSONata
                        States:
                          A:
                            Type: Pass
                            Output: «'{% 1 + 1'»
                            End: true
                        """),
                Arguments.of("missing-transition", """
                        StartAt: A
                        States:
                          «A»:
                            Type: Pass
                        """),
                Arguments.of("no-effect", """
                        StartAt: A
                        States:
                          A:
                            Type: Pass
                            Next: B
                            «End»: false
                          B:
                            Type: Succeed
                        """));
    }

    @ParameterizedTest(name = "{0} in JSON")
    @MethodSource("json")
    void jsonDiagnosticUnderlinesWhatIsWrong(String code, String marked) {
        assertUnderlined(code, marked);
    }

    @ParameterizedTest(name = "{0} in YAML")
    @MethodSource("yaml")
    void yamlDiagnosticUnderlinesWhatIsWrong(String code, String marked) {
        assertUnderlined(code, marked);
    }

    private static void assertUnderlined(String code, String marked) {
        int start = marked.indexOf('«');
        int end = marked.indexOf('»') - 1;
        String asl = marked.replace("«", "").replace("»", "");
        Diagnostic d = Lint.diagnostics(asl).stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + Lint.findings(asl)));
        assertThat(asl.substring(d.span().startOffset(), d.span().endOffset()) + " at " + d.span().startOffset())
                .isEqualTo(asl.substring(start, end) + " at " + start);
    }
}
