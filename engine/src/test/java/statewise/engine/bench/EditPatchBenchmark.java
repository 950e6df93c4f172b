package statewise.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.edit.AddState;
import statewise.engine.edit.DocumentEdits;
import statewise.engine.edit.EdgeRef;
import statewise.engine.edit.Edit;
import statewise.engine.edit.EditResult;
import statewise.engine.edit.EditRules;
import statewise.engine.edit.RemoveStates;
import statewise.engine.edit.RenameState;
import statewise.engine.edit.StateRef;
import statewise.engine.edit.Verdict;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;
import statewise.engine.parse.AslParser;
import statewise.engine.serialize.AslSerializer;
import statewise.engine.serialize.KeyOrder;

/**
 * What a canvas edit costs until the editor has its new text, on {@code big.asl.json} (1,000 states), in JSON and
 * in YAML: {@code apply} (the rules' verdict, then the text patch, which reads the new text back to check it) and
 * {@code patch} alone, against {@code rewrite}, the baseline of writing the whole edited definition anew and
 * reading it. The designer's bar is 50 ms from gesture to text. A benchmark, not a test: it asserts nothing about
 * time, but its set-up fails when an edit is refused or is not patched in place. Run it like the other engine
 * benchmarks (see {@code engine/bench/README.md}, "To run only the Java side") with {@code EditPatchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EditPatchBenchmark {

    /**
     * {@code renameOne}: a state with one reference; {@code renameShared}: the Fail state 499 Choice states go to;
     * {@code add}: a Pass on the edge out of a state in the middle; {@code remove}: that state, reconnecting.
     */
    @Param({"renameOne", "renameShared", "add", "remove"})
    public String edit;

    @Param({"JSON", "YAML"})
    public String format;

    private AslDocument document;
    private Edit change;
    private StateMachine edited;

    /** Reads the workflow and checks the edit is allowed and patched in place, so that every run measures that. */
    @Setup
    public void load() throws IOException {
        String json = Files.readString(SharedCorpus.root().resolve("bench").resolve("workflows")
                .resolve("big.asl.json"));
        AslDocument read = AslParser.parse(json, DocumentFormat.JSON);
        document = DocumentFormat.valueOf(format) == DocumentFormat.JSON ? read : AslParser.parse(
                AslSerializer.yaml().write(read.stateMachine(), KeyOrder.of(read)), DocumentFormat.YAML);
        StateRef middle = StateRef.top("S250");
        change = switch (edit) {
            case "renameOne" -> new RenameState(middle, "S250 renamed");
            case "renameShared" -> new RenameState(StateRef.top("Bad"), "Failed");
            case "add" -> new AddState("", "Added", StateType.PASS, EdgeRef.next(middle));
            case "remove" -> new RemoveStates("", List.of("S250"));
            default -> throw new IllegalArgumentException("unknown edit " + edit);
        };
        Verdict verdict = EditRules.check(document, change);
        if (!verdict.isAllowed()) {
            throw new IllegalStateException(change.label() + " is refused: " + verdict);
        }
        EditResult result = DocumentEdits.apply(document, change);
        if (result.fallback() != null) {
            throw new IllegalStateException(change.label() + " was not patched in place: " + result.fallback());
        }
        edited = result.model();
    }

    @Benchmark
    public EditResult apply() {
        return DocumentEdits.apply(document, change);
    }

    @Benchmark
    public EditResult patch() {
        return DocumentEdits.patch(document, edited, change.label());
    }

    @Benchmark
    public AslDocument rewrite() {
        AslSerializer writer = document.format() == DocumentFormat.YAML ? AslSerializer.yaml() : AslSerializer.json();
        return AslParser.parse(writer.write(edited, KeyOrder.of(document)), document.format());
    }
}
