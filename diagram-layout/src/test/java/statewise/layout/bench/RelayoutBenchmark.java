package statewise.layout.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.edit.AddState;
import statewise.engine.edit.DocumentEdits;
import statewise.engine.edit.EdgeRef;
import statewise.engine.edit.StateRef;
import statewise.engine.model.StateType;
import statewise.engine.parse.AslParser;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramGraphs;
import statewise.layout.DiagramLayout;
import statewise.layout.LayoutOptions;
import statewise.layout.LayoutResult;
import statewise.layout.render.Java2dSizer;

/**
 * The relayout after a canvas edit on {@code shared/bench/workflows/big.asl.json} (1,000 states), as the designer
 * does it: a Pass state appended after a state in the middle of the flow ({@code append}) and removed again
 * ({@code undo}), each laid out keeping the places of the layout shown before, against the fresh layout of the same
 * 1,000 states measured in the same run ({@code fresh}; a relayout that keeps places runs that too, and should cost
 * little more). Each benchmark also counts its thread's CPU time ({@link LayoutBenchmark.Cpu}). See {@code
 * diagram-layout/bench/README.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xss8m", "-Djava.awt.headless=true"})
public class RelayoutBenchmark {

    /** The state the Pass is appended after: the middle of the flow, as the designer benchmark does. */
    static final String MIDDLE = "S250";

    private DiagramGraph big;
    private DiagramGraph appended;
    private LayoutResult shown;
    private LayoutResult shownAppended;

    @Setup
    public void read() throws IOException {
        Path shared = Path.of(System.getProperty("statewise.shared", "../shared"));
        String text = Files.readString(shared.resolve("bench/workflows/big.asl.json"));
        AslDocument document = AslParser.parse(text, DocumentFormat.JSON);
        AslDocument edited = DocumentEdits.apply(document, new AddState("", "Pass", StateType.PASS,
                EdgeRef.next(StateRef.top(MIDDLE)))).document();
        big = DiagramGraphs.of(document, Java2dSizer.INSTANCE);
        appended = DiagramGraphs.of(edited, Java2dSizer.INSTANCE);
        shown = DiagramLayout.layout(big);
        shownAppended = DiagramLayout.layout(appended, LayoutOptions.FRESH.withPrevious(shown));
    }

    /** The layout after appending the Pass state, keeping the places of the layout before it. */
    @Benchmark
    public LayoutResult append(LayoutBenchmark.Cpu cpu) {
        long start = cpu.now();
        return cpu.count(start, DiagramLayout.layout(appended, new LayoutOptions(Map.of(), shown)));
    }

    /** The layout after removing the appended state again (what Undo shows), keeping the places. */
    @Benchmark
    public LayoutResult undo(LayoutBenchmark.Cpu cpu) {
        long start = cpu.now();
        return cpu.count(start, DiagramLayout.layout(big, new LayoutOptions(Map.of(), shownAppended)));
    }

    @Benchmark
    public LayoutResult fresh(LayoutBenchmark.Cpu cpu) {
        long start = cpu.now();
        return cpu.count(start, DiagramLayout.layout(big));
    }
}
