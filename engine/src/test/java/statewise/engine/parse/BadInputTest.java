package statewise.engine.parse;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.SourceSpan;
import statewise.engine.validate.Validator;

/**
 * Hand-picked bad input with exact expectations: where a syntax error, a duplicate key or excessive nesting is
 * reported (line and column counted here independently of {@code LineIndex}), and that huge or deep input is
 * answered with diagnostics rather than exceptions. In the tables, a backslash followed by n, r or t (written with
 * two backslashes in this file) stands for that control character; Java's own unicode escapes give the rest.
 */
class BadInputTest {

    @Test
    void tenMegabyteDefinitionKeepsExactPositionsAtItsEnd() {
        int states = 62_000;
        String text = LargeDefinition.json(states);
        String last = LargeDefinition.stateName(states - 1);

        AslDocument document = AslParser.parse(text, DocumentFormat.JSON);

        assertTrue(text.length() > 10_000_000, "generated " + text.length() + " characters");
        int keyAt = text.lastIndexOf("\"" + last + "\"");
        int endAt = text.lastIndexOf("true");
        assertAll(
                () -> assertFalse(document.hasSyntaxErrors(), () -> document.diagnostics().toString()),
                () -> assertEquals(states, document.stateMachine().states().size()),
                () -> assertEquals(position(text, keyAt), start(document.sourceMap().keySpan("/States/" + last))),
                () -> assertEquals(position(text, endAt),
                        start(document.sourceMap().valueSpan("/States/" + last + "/End"))),
                () -> assertEquals(position(text, text.length()), end(document.sourceMap().valueSpan(""))),
                () -> assertEquals(List.of("definition-too-large"), codes(document.diagnostics())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            JSON | [     | ]
            JSON | {"a": | }
            YAML | [     | ]
            YAML | {"a": | }
            """)
    void nestingTenThousandDeepIsADiagnosticNotAStackOverflow(DocumentFormat format, String open, String close) {
        String text = open.repeat(10_000) + close.repeat(10_000);

        AslDocument machine = assertDoesNotThrow(() -> AslParser.parse(text, format));
        AslDocument state = assertDoesNotThrow(() -> AslParser.parseState(text, format));
        AslDocument any = assertDoesNotThrow(() -> AslParser.parseAny(text, format));
        List<Diagnostic> validated = assertDoesNotThrow(() -> Validator.validate(machine));

        assertAll(
                () -> assertTrue(codes(machine.diagnostics()).contains("nesting-too-deep")),
                () -> assertTrue(codes(state.diagnostics()).contains("nesting-too-deep")),
                () -> assertTrue(codes(any.diagnostics()).contains("nesting-too-deep")),
                () -> assertTrue(codes(validated).contains("nesting-too-deep")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            JSON | [     | ]
            JSON | {"a": | }
            YAML | [     | ]
            YAML | {"a": | }
            """)
    void nestingTooDeepIsReportedAtTheFirstContainerPastTheLimit(DocumentFormat format, String open, String close) {
        String text = open.repeat(10_000) + close.repeat(10_000);

        AslDocument document = AslParser.parse(text, format);

        assertEquals(position(text, TreeReader.MAX_NESTING_DEPTH * open.length()),
                startOf("nesting-too-deep", document.diagnostics()));
    }

    @Test
    void yamlBlockNestingPastTheLimitIsReportedAtTheFirstMappingPastIt() {
        StringBuilder text = new StringBuilder();
        for (int depth = 0; depth < 600; depth++) {
            text.append(" ".repeat(depth)).append("a:\n");
        }
        text.append(" ".repeat(600)).append("b: 1\n");
        int limit = TreeReader.MAX_NESTING_DEPTH;

        AslDocument document = assertDoesNotThrow(() -> AslParser.parse(text.toString(), DocumentFormat.YAML));

        assertEquals((limit + 1) + ":" + (limit + 1), startOf("nesting-too-deep", document.diagnostics()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            JSON | {"StartAt": "A",}                    | 1:17
            JSON | {"StartAt" "A"}                      | 1:12
            JSON | {"StartAt": }                        | 1:13
            JSON | {"StartAt": "A"                      | 1:16
            JSON | {"a": "x\\ny"}                       | 1:9
            JSON | {"a": tru}                           | 1:7
            JSON | {"a": NaN}                           | 1:7
            JSON | {"a": True}                          | 1:7
            JSON | {"a": .5}                            | 1:7
            JSON | {"a": 1} {"b": 2}                    | 1:10
            JSON | {"a": 1}}                            | 1:9
            JSON | {'a': 1}                             | 1:2
            JSON | {a: 1}                               | 1:2
            JSON | {"a": 1,, "b": 2}                    | 1:9
            JSON | {"a": [1, 2}                         | 1:12
            JSON | {"a": 1 /* c */}                     | 1:9
            JSON | ["a" "b"]                            | 1:6
            JSON | ]                                    | 1:1
            JSON | {"a": "abc                           | 1:11
            JSON | {"a":\\r\\n"b" x}                    | 2:5
            JSON | {\\n  "StartAt": "A",\\n  "States": {\\n    "A": {"Type": "Pass" "End": true}\\n  }\\n} | 4:26
            YAML | StartAt: A\\n  States: x             | 2:9
            YAML | States: [a, b                        | 1:14
            YAML | a: "unterminated                     | 1:17
            YAML | States:\\n\\tA: 1                    | 2:1
            YAML | key: value\\n- item                  | 2:1
            YAML | - a\\nb: 1                           | 2:1
            YAML | a: @b                                | 1:4
            YAML | a: b: c                              | 1:5
            YAML | a: [1, 2}                            | 1:9
            YAML | a: 1\\r\\nb: @                        | 2:4
            YAML | {x: "😀", y: [, 2]}                  | 1:15
            """)
    void syntaxErrorIsReportedWhereTheTextGoesWrong(DocumentFormat format, String input, String expected) {
        String text = unescape(input);

        AslDocument document = assertDoesNotThrow(() -> AslParser.parse(text, format));

        assertEquals(expected, startOf("syntax-error", document.diagnostics()), document.diagnostics()::toString);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            JSON | {"a": 1, "a": 2}                                                    | 1:10 | /a
            JSON | {"a": 1, "\\u0061": 2}                                              | 1:10 | /a
            JSON | {\\n  "StartAt": "A",\\n  "StartAt": "B"\\n}                        | 3:3  | /StartAt
            JSON | {"States": {"A": {"Type": "Pass", "End": true, "Type": "Succeed"}}} | 1:48 | /States/A/Type
            JSON | {"😀": 1, "😀": 2}                                                  | 1:11 | /😀
            YAML | a: 1\\na: 2                                                         | 2:1  | /a
            YAML | a: 1\\n"a": 2                                                       | 2:1  | /a
            YAML | States:\\n  A:\\n    Type: Pass\\n    Type: Succeed                  | 4:5  | /States/A/Type
            YAML | {x: "😀", x: 2}                                                     | 1:11 | /x
            """)
    void duplicateKeyIsReportedAtTheSecondKey(DocumentFormat format, String input, String expected, String pointer) {
        String text = unescape(input);

        AslDocument document = AslParser.parse(text, format);

        List<Diagnostic> duplicates = document.diagnostics().stream()
                .filter(d -> d.code().equals("duplicate-key")).toList();
        assertEquals(1, duplicates.size(), document.diagnostics()::toString);
        assertEquals(expected + " " + pointer, start(duplicates.get(0).span()) + " " + duplicates.get(0).pointer());
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            YAML | a: 1\\rb: 2\\nc: 3          | /c | 2:1
            YAML | a: 1\u2028b: 2\\nc: 3         | /c | 2:1
            YAML | a: 1\u0085b: 2\\nc: 3         | /c | 2:1
            YAML | a: 1\\r\\nb: 2\\nc: 3       | /c | 3:1
            YAML | {"a": 1,\\r"b": 2}             | /b | 1:10
            YAML | {x: "\uD83D\uDE00\uD83D\uDE00", y: 2} | /y | 1:13
            JSON | {"a": 1,\\r"b": 2}             | /b | 1:10
            JSON | {"x": "\uD83D\uDE00\uD83D\uDE00", "y": 2} | /y | 1:15
            """)
    void keySpanStartsAtTheKeyWhateverLineBreaksAndCharactersComeBefore(DocumentFormat format, String input,
            String pointer, String expected) {
        String text = unescape(input);

        AslDocument document = AslParser.parse(text, format);

        SourceSpan key = document.sourceMap().keySpan(pointer);
        assertEquals(expected, key == null ? "no key span for " + pointer : start(key));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            JSON | {"StartAt": "A"
            JSON | {"a": [1, 2}
            JSON | ]
            YAML | StartAt: A\\n  States: x
            YAML | States: [a, b
            YAML | a: @b
            """)
    void syntaxErrorMessageIsPlainWithoutTheParsersLocationDump(DocumentFormat format, String input) {
        AslDocument document = AslParser.parse(unescape(input), format);

        String message = document.diagnostics().stream().filter(d -> d.code().equals("syntax-error"))
                .map(Diagnostic::message).findFirst().orElse("no syntax-error");
        assertFalse(message.contains("[Source:") || message.contains("in 'reader'") || message.contains("line:")
                || message.contains("column"), message);
    }

    @Test
    void yamlAliasReadsAsTheAnchoredValueOrIsReported() {
        String text = "StartAt: A\nStates:\n  A: {Type: Succeed, Comment: &note \"finish here\"}\nComment: *note\n";

        AslDocument document = AslParser.parse(text, DocumentFormat.YAML);

        boolean resolved = "finish here".equals(document.stateMachine().comment());
        boolean reported = document.diagnostics().stream().anyMatch(d -> start(d.span()).equals("4:10"));
        assertTrue(resolved || reported, "Comment read as '" + document.stateMachine().comment() + "' with "
                + document.diagnostics());
    }

    @ParameterizedTest(name = "{0} `{1}`")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            JSON | ``
            JSON | `   `
            JSON | \\n\\t\\r\\n
            YAML | ``
            YAML | \\n  \\n
            YAML | # only a comment
            """)
    void textWithoutAValueIsAnEmptyDocumentAtTheStart(DocumentFormat format, String input) {
        AslDocument document = AslParser.parse(unescape(input), format);

        assertEquals(List.of("empty-document"), codes(document.diagnostics()));
        assertEquals("1:1", startOf("empty-document", document.diagnostics()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            JSON | null
            JSON | []
            JSON | [{"StartAt": "A"}]
            JSON | 42
            JSON | "text"
            YAML | - StartAt
            YAML | just words
            """)
    void topLevelValueThatIsNotAnObjectIsTheWrongType(DocumentFormat format, String input) {
        AslDocument document = AslParser.parse(input, format);

        assertEquals(List.of("wrong-type"), codes(Validator.validate(document)));
        assertEquals("1:1", startOf("wrong-type", document.diagnostics()));
    }

    private static String unescape(String table) {
        return table.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
    }

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::code).toList();
    }

    /** The start of the first diagnostic with {@code code}, or a message naming what was found instead. */
    private static String startOf(String code, List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.code().equals(code)).findFirst().map(d -> start(d.span()))
                .orElse("no " + code + " in " + codes(diagnostics));
    }

    private static String start(SourceSpan span) {
        return span.startLine() + ":" + span.startColumn();
    }

    private static String end(SourceSpan span) {
        return span.endLine() + ":" + span.endColumn();
    }

    /** Line and column of {@code offset}, counted here: lines end at {@code \n}, columns count UTF-16 units. */
    private static String position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }
}
