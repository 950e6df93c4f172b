package statewise.layout.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.layout.Box;
import statewise.layout.DiagramEdge;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramGraphs;
import statewise.layout.DiagramLayout;
import statewise.layout.DiagramNode;
import statewise.layout.LayoutOptions;
import statewise.layout.LayoutResult;
import statewise.layout.kernel.LayeredKernel;
import statewise.layout.render.Java2dSizer;

/**
 * Warm layout time (issue 4: at most 10 ms for 200 states, 150 ms for 1,000): the full layout of {@code
 * shared/bench/workflows/big.asl.json} (1,000 states) and of the same shape cut to 200 states, against a baseline
 * measured in the same run: a trivial layered placement of the same graphs (longest-path layers, nodes in rows,
 * straight edges), which shows how fast the machine is at that moment. Besides the wall time JMH reports, each
 * benchmark counts the CPU time of its own thread ({@link Cpu}), which a busy machine disturbs less. The {@code
 * nestedEdit} pair lays out a top-level edit next to a Map of 100 states with the previous layout as hint, as the
 * designer does after each edit: once with the kernel's cache of container bodies, once with it emptied before
 * every layout. See {@code diagram-layout/bench/README.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20, time = 3)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgs = {"-Xss8m", "-Djava.awt.headless=true"})
public class LayoutBenchmark {

    /** The CPU time the benchmark thread spent in the measured calls, and how many calls there were. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        public long cpuNanos;
        public long calls;

        @Setup(Level.Iteration)
        public void clear() {
            cpuNanos = 0;
            calls = 0;
        }

        long now() {
            return THREADS.getCurrentThreadCpuTime();
        }

        <T> T count(long start, T result) {
            cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
            calls++;
            return result;
        }
    }

    private DiagramGraph big;
    private DiagramGraph states200;
    private final DiagramGraph[] nested = new DiagramGraph[2];
    private LayoutResult previous;
    private int edits;

    @Setup
    public void read() throws IOException {
        Path shared = Path.of(System.getProperty("statewise.shared", "../shared"));
        String text = Files.readString(shared.resolve("bench/workflows/big.asl.json"));
        big = DiagramGraphs.of(AslParser.parse(text, DocumentFormat.JSON), Java2dSizer.INSTANCE);
        states200 = DiagramGraphs.of(AslParser.parse(pairs(99), DocumentFormat.JSON), Java2dSizer.INSTANCE);
        for (int k = 0; k < 2; k++) {
            nested[k] = DiagramGraphs.of(AslParser.parse(mapOfPairs(49, k == 0 ? "Before" : "BeforeRenamed"),
                    DocumentFormat.JSON), Java2dSizer.INSTANCE);
        }
        previous = DiagramLayout.layout(nested[1]);
    }

    /** A Pass state named {@code first}, then a Map state whose body is {@link #pairs} with {@code pairs} pairs. */
    static String mapOfPairs(int pairs, String first) {
        return "{\"StartAt\": \"" + first + "\", \"States\": {\"" + first + "\": {\"Type\": \"Pass\", \"Next\": "
                + "\"Work\"}, \"Work\": {\"Type\": \"Map\", \"ItemProcessor\": " + pairs(pairs)
                + ", \"End\": true}}}";
    }

    /** big.asl.json's shape with {@code pairs} Pass/Choice pairs: 2 x pairs + 2 states. */
    static String pairs(int pairs) {
        StringBuilder b = new StringBuilder("{\"StartAt\": \"S0\", \"States\": {");
        for (int k = 0; k < pairs; k++) {
            String next = k + 1 < pairs ? "S" + (k + 1) : "Done";
            b.append("\"S").append(k).append("\": {\"Type\": \"Pass\", \"Result\": ").append(k)
                    .append(", \"ResultPath\": \"$.last\", \"Next\": \"C").append(k).append("\"},")
                    .append("\"C").append(k).append("\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.x\", ")
                    .append("\"NumericLessThan\": 10, \"Next\": \"").append(next)
                    .append("\"}], \"Default\": \"Bad\"},");
        }
        return b.append("\"Done\": {\"Type\": \"Succeed\"}, \"Bad\": {\"Type\": \"Fail\", \"Error\": \"TooBig\"}}}")
                .toString();
    }

    @Benchmark
    public LayoutResult layout200(Cpu cpu) {
        return cpu.count(cpu.now(), DiagramLayout.layout(states200));
    }

    @Benchmark
    public LayoutResult layout1000(Cpu cpu) {
        return cpu.count(cpu.now(), DiagramLayout.layout(big));
    }

    @Benchmark
    public Map<String, Box> trivial200(Cpu cpu) {
        return cpu.count(cpu.now(), trivial(states200));
    }

    @Benchmark
    public Map<String, Box> trivial1000(Cpu cpu) {
        return cpu.count(cpu.now(), trivial(big));
    }

    /** One edit of the nested workflow (a rename next to the Map), laid out with the previous layout as hint. */
    @Benchmark
    public LayoutResult nestedEditCached(Cpu cpu) {
        long start = cpu.now();
        return cpu.count(start, nestedEdit());
    }

    /** The same without the cache: every container body is laid out anew, as before the cache existed. */
    @Benchmark
    public LayoutResult nestedEditUncached(Cpu cpu) {
        long start = cpu.now();
        LayeredKernel.forgetBodies();
        return cpu.count(start, nestedEdit());
    }

    private LayoutResult nestedEdit() {
        edits++;
        previous = DiagramLayout.layout(nested[edits % 2], LayoutOptions.FRESH.withPrevious(previous));
        return previous;
    }

    /**
     * The baseline: longest-path layers from the first node over the edges in document order (back edges ignored),
     * each layer a row, and a straight two-point line per edge.
     */
    static Map<String, Box> trivial(DiagramGraph graph) {
        Map<String, Integer> layer = new HashMap<>();
        Map<String, List<DiagramEdge>> out = new HashMap<>();
        for (DiagramEdge edge : graph.edges()) {
            out.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
        }
        List<String> order = graph.nodes().stream().map(DiagramNode::id).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
            layer.put(order.get(i), 0);
        }
        for (String id : order) {
            for (DiagramEdge edge : out.getOrDefault(id, List.of())) {
                if (index.get(edge.to()) > index.get(id)) {
                    layer.merge(edge.to(), layer.get(id) + 1, Math::max);
                }
            }
        }
        Map<Integer, Double> rowX = new HashMap<>();
        Map<String, Box> boxes = new HashMap<>();
        for (DiagramNode node : graph.nodes()) {
            int row = layer.get(node.id());
            double x = rowX.getOrDefault(row, 20.0);
            boxes.put(node.id(), new Box(x, 20 + row * 76.0, node.size().width(), node.size().height()));
            rowX.put(row, x + node.size().width() + 30);
        }
        for (DiagramEdge edge : graph.edges()) {
            Box a = boxes.get(edge.from());
            Box b = boxes.get(edge.to());
            boxes.put(edge.id(), new Box(a.centerX(), a.bottom(), 0, b.y() - a.bottom()));
        }
        return boxes;
    }
}
