package statewise.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;

/**
 * The incremental validator gives exactly what validating from scratch gives, positions included, for every
 * revision of every corpus definition through sequences of random edits (seeded, so a failure replays), and it does
 * keep the findings of the states an edit left alone.
 */
class IncrementalValidatorTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final int EDITS_PER_DEFINITION = 6;

    /** One definition as text, and how to read it. */
    private record Source(String id, String text, DocumentFormat format, boolean singleState) {

        AslDocument parse(String revision) {
            return singleState ? AslParser.parseState(revision, format) : AslParser.parse(revision, format);
        }
    }

    @Test
    void randomEditsOfTheCorpusGiveTheDiagnosticsOfAFullValidation() throws IOException {
        List<Source> sources = corpus();
        Random random = new Random(20261122L);
        IncrementalValidator incremental = new IncrementalValidator();
        IncrementalValidator express = new IncrementalValidator(new ValidationOptions(true, false));
        int compared = 0;
        for (Source source : sources) {
            String text = source.text();
            for (int step = 0; step <= EDITS_PER_DEFINITION; step++) {
                AslDocument document = source.parse(text);
                String where = source.id() + " after " + step + " edits:\n" + text;
                assertEquals(Validator.validate(document), incremental.validate(document), where);
                assertEquals(Validator.validate(document, new ValidationOptions(true, false)),
                        express.validate(document), where);
                compared++;
                text = edit(source.text(), text, random);
            }
        }
        assertTrue(compared > 5_000, "too few revisions compared: " + compared);
    }

    @Test
    void anEditInsideOneStateKeepsTheFindingsOfEveryOtherState() throws IOException {
        String text = Files.readString(SharedCorpus.root().resolve("bench/workflows/big.asl.json"));
        IncrementalValidator incremental = new IncrementalValidator();
        incremental.validate(AslParser.parse(text, DocumentFormat.JSON));
        String edited = text.replaceFirst("\"Result\": 0,", "\"Result\": 0, \"Comment\": \"edited\",");
        AslDocument document = AslParser.parse(edited, DocumentFormat.JSON);

        assertEquals(Validator.validate(document), incremental.validate(document));
        assertEquals(document.stateMachine().states().size() - 1, incremental.statesKeptLastTime());
    }

    @Test
    void keptFindingsMoveWithTheTextInsertedBeforeTheirState() {
        String text = """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Next": "B"},
                  "B": {"Type": "Wait", "End": true, "Retry": [{"ErrorEquals": ["X"], "BackoffRate": 0.5}]}
                }}""";
        IncrementalValidator incremental = new IncrementalValidator();
        incremental.validate(AslParser.parse(text, DocumentFormat.JSON));
        String inserted = text.replace("\"Next\": \"B\"}", "\"Next\": \"B\",\n\n \"Comment\": \"x\"}");
        AslDocument moved = AslParser.parse(inserted, DocumentFormat.JSON);

        List<Diagnostic> diagnostics = incremental.validate(moved);

        assertEquals(Validator.validate(moved), diagnostics);
        assertEquals(1, incremental.statesKeptLastTime());
        assertTrue(diagnostics.stream().anyMatch(d -> d.pointer().startsWith("/States/B/Retry")),
                diagnostics::toString);
    }

    @Test
    void aStateLaidOutAnewWithTheSameModelAndLengthIsCheckedAgain() {
        String text = """
                {"StartAt": "B", "States": {
                  "B": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true,
                        "Retry": [{"ErrorEquals": ["X"],  "BackoffRate": 0.5}]}
                }}""";
        IncrementalValidator incremental = new IncrementalValidator();
        incremental.validate(AslParser.parse(text, DocumentFormat.JSON));
        String spaceMoved = text.replace("[\"X\"],  \"BackoffRate\": 0.5", "[\"X\"], \"BackoffRate\":  0.5");
        AslDocument relaidOut = AslParser.parse(spaceMoved, DocumentFormat.JSON);

        List<Diagnostic> diagnostics = incremental.validate(relaidOut);

        assertEquals(Validator.validate(relaidOut), diagnostics);
        assertEquals(0, incremental.statesKeptLastTime());
    }

    @Test
    void aRenamedTargetIsMissingForTheUnchangedStateThatNamesIt() {
        String text = """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Next": "B"},
                  "B": {"Type": "Succeed"}
                }}""";
        IncrementalValidator incremental = new IncrementalValidator();
        incremental.validate(AslParser.parse(text, DocumentFormat.JSON));
        AslDocument renamed = AslParser.parse(text.replace("\"B\": {", "\"C\": {"), DocumentFormat.JSON);

        List<Diagnostic> diagnostics = incremental.validate(renamed);

        assertEquals(Validator.validate(renamed), diagnostics);
        assertTrue(diagnostics.stream().anyMatch(d -> d.pointer().equals("/States/A/Next")), diagnostics::toString);
    }

    /** Every corpus definition as pretty JSON, and every fourth one as YAML too. */
    private static List<Source> corpus() throws JsonProcessingException {
        List<Source> sources = new ArrayList<>();
        List<SharedCorpus.Case> cases = new ArrayList<>(SharedCorpus.conformance());
        cases.addAll(SharedCorpus.validation());
        for (int i = 0; i < cases.size(); i++) {
            SharedCorpus.Case c = cases.get(i);
            if (c.definition() == null) {
                continue;
            }
            boolean single = c.kind().startsWith("test_state") && AslParser.looksLikeState(c.definition());
            sources.add(new Source(c.id(), SharedCorpus.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(c.definition()), DocumentFormat.JSON, single));
            if (i % 4 == 0) {
                sources.add(new Source(c.id() + " (YAML)", YAML.writeValueAsString(c.definition()),
                        DocumentFormat.YAML, single));
            }
        }
        return sources;
    }

    /**
     * One random edit of {@code text}: a blank line, a space after a colon or comma, a letter of a string changed,
     * a line removed or repeated, a stray character, or back to the {@code original}.
     */
    private static String edit(String original, String text, Random random) {
        if (text.isEmpty()) {
            return original;
        }
        int at = random.nextInt(text.length());
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int lineEnd = text.indexOf('\n', at) < 0 ? text.length() : text.indexOf('\n', at) + 1;
        return switch (random.nextInt(7)) {
            case 0 -> text.substring(0, lineStart) + "\n" + text.substring(lineStart);
            case 1 -> insertAfterFirst(text, at, ":,", " ");
            case 2 -> changeLetter(text, at, random);
            case 3 -> text.substring(0, lineStart) + text.substring(lineEnd);
            case 4 -> text.substring(0, lineEnd) + text.substring(lineStart, lineEnd) + text.substring(lineEnd);
            case 5 -> text.substring(0, at) + "{}[]:,\"a1 ".charAt(random.nextInt(10)) + text.substring(at);
            default -> original;
        };
    }

    private static String insertAfterFirst(String text, int from, String anyOf, String inserted) {
        for (int i = from; i < text.length(); i++) {
            if (anyOf.indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i + 1) + inserted + text.substring(i + 1);
            }
        }
        return text;
    }

    private static String changeLetter(String text, int from, Random random) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                char replacement = (char) ('A' + random.nextInt(26));
                return text.substring(0, i) + replacement + text.substring(i + 1);
            }
        }
        return text;
    }
}
