package statewise.layout.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramGraphs;
import statewise.layout.DiagramLayout;
import statewise.layout.LayoutResult;
import statewise.layout.render.Java2dSizer;

/**
 * The first layout after start-up (issue 4: under 1 s), each measurement in a fresh JVM: a 20-state workflow laid
 * out cold ({@code warm=false}: the layout kernel is loaded and compiled by that call) and after {@link
 * DiagramLayout#warmUp()} ran at start-up ({@code warm=true}, as the designer does on a background thread).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgs = {"-Xss8m", "-Djava.awt.headless=true"})
public class FirstLayoutBenchmark {

    @Param({"false", "true"})
    public boolean warm;

    private DiagramGraph graph;

    @Setup(Level.Trial)
    public void start() {
        String text = LayoutBenchmark.pairs(10);
        graph = DiagramGraphs.of(AslParser.parse(text, DocumentFormat.JSON), Java2dSizer.INSTANCE);
        if (warm) {
            DiagramLayout.warmUp();
        }
    }

    @Benchmark
    public LayoutResult firstLayout() {
        return DiagramLayout.layout(graph);
    }
}
