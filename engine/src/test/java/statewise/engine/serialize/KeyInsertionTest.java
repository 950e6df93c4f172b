package statewise.engine.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.parse.AslParser;

/**
 * After an edit, keys that existed keep their relative order and each new key is inserted after its nearest
 * conventional predecessor that was already there.
 */
class KeyInsertionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Comment joins Type | | {"Type": "Task", "Resource": "r", "End": true} \
                | {"Type": "Task", "Comment": "c", "Resource": "r", "End": true} \
                | Type, Comment, Resource, End
            author's order is kept | | {"Resource": "r", "Type": "Task", "End": true} \
                | {"Type": "Task", "Comment": "c", "Resource": "r", "End": true} \
                | Resource, Type, Comment, End
            Next replaces End in its place | | {"Type": "Pass", "End": true, "Result": 1} \
                | {"Type": "Pass", "Next": "B", "Result": 1} \
                | Type, Result, Next
            several new keys keep conventional order | | {"Type": "Task", "Resource": "r", "End": true} \
                | {"Type": "Task", "Retry": [], "QueryLanguage": "JSONata", "Comment": "c", "Resource": "r", \
                   "End": true} \
                | Type, Comment, QueryLanguage, Resource, Retry, End
            a key without predecessor goes first | /Retry/0 \
                | {"Type": "Task", "Resource": "r", "End": true, "Retry": [{"MaxAttempts": 2, "ErrorEquals": []}]} \
                | {"Type": "Task", "Resource": "r", "End": true, "Retry": [{"MaxAttempts": 2, "ErrorEquals": [], \
                   "Comment": "c"}]} \
                | Comment, MaxAttempts, ErrorEquals
            removing a key keeps the rest | | {"End": true, "Type": "Pass", "Comment": "x"} \
                | {"End": true, "Type": "Pass"} \
                | End, Type
            choice rule | /Choices/0 | {"Type": "Choice", "Choices": [{"Next": "A", "Variable": "$.x", \
                   "StringEquals": "a"}]} \
                | {"Type": "Choice", "Choices": [{"Next": "A", "Variable": "$.x", "StringEquals": "a", \
                   "Comment": "c"}]} \
                | Comment, Next, Variable, StringEquals
            unknown field keeps its place | | {"X-Note": 1, "Type": "Pass", "End": true} \
                | {"Type": "Pass", "End": true, "X-Note": 1, "Comment": "c"} \
                | X-Note, Type, Comment, End
            """)
    void newKeysJoinTheirConventionalNeighbour(String what, String pointer, String previous, String next,
            String expected) {
        AslDocument before = AslParser.parseState(previous, DocumentFormat.JSON);
        State edited = Objects.requireNonNull(AslParser.parseState(next, DocumentFormat.JSON).state());
        String text = AslSerializer.json().write(edited, KeyOrder.of(before));
        String at = pointer == null ? "" : pointer;
        assertEquals(List.of(expected.split("\\s*,\\s*")), KeySequences.of(text, DocumentFormat.JSON).get(at));
    }

    @Test
    void hintReadFromAJacksonTreeKeepsTheOrder() throws Exception {
        String previous = """
                {"States": {"A": {"End": true, "Type": "Pass"}}, "StartAt": "A"}""";
        StateMachine edited = Objects.requireNonNull(AslParser.parse("""
                {"Comment": "c", "StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}""",
                DocumentFormat.JSON).stateMachine());
        String text = AslSerializer.json().write(edited, KeyOrder.of(new ObjectMapper().readTree(previous)));
        assertEquals(List.of("Comment", "States", "StartAt"), KeySequences.top(text, DocumentFormat.JSON));
        assertEquals(List.of("End", "Type"), KeySequences.of(text, DocumentFormat.JSON).get("/States/A"));
    }

    @Test
    void hintReadFromYamlKeepsTheOrder() {
        AslDocument yaml = AslParser.parse("""
                States:
                  A:
                    End: true
                    Type: Pass
                StartAt: A
                """, DocumentFormat.YAML);
        String text = AslSerializer.json().convert(yaml).orElseThrow();
        assertEquals(List.of("States", "StartAt"), KeySequences.top(text, DocumentFormat.JSON));
        assertEquals(List.of("End", "Type"), KeySequences.of(text, DocumentFormat.JSON).get("/States/A"));
    }

    @Test
    void renamedStateFallsBackToTheConventionalOrder() {
        AslDocument before = AslParser.parse("""
                {"StartAt": "A", "States": {"A": {"End": true, "Type": "Pass"}}}""", DocumentFormat.JSON);
        StateMachine renamed = Objects.requireNonNull(AslParser.parse("""
                {"StartAt": "B", "States": {"B": {"End": true, "Type": "Pass"}}}""", DocumentFormat.JSON)
                .stateMachine());
        String text = AslSerializer.json().write(renamed, KeyOrder.of(before));
        assertEquals(List.of("Type", "End"), KeySequences.of(text, DocumentFormat.JSON).get("/States/B"));
    }
}
