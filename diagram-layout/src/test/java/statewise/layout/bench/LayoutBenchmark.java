package statewise.layout.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;
import statewise.layout.Box;
import statewise.layout.DiagramEdge;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramGraphs;
import statewise.layout.DiagramLayout;
import statewise.layout.DiagramNode;
import statewise.layout.LayoutResult;
import statewise.layout.render.Java2dSizer;

/**
 * Warm layout time (issue 4: at most 10 ms for 200 states, 150 ms for 1,000): the full layout of {@code
 * shared/bench/workflows/big.asl.json} (1,000 states) and of the same shape cut to 200 states, against a baseline
 * measured in the same run: a trivial layered placement of the same graphs (longest-path layers, nodes in rows,
 * straight edges), which shows how fast the machine is at that moment. See {@code diagram-layout/bench/README.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xss8m", "-Djava.awt.headless=true"})
public class LayoutBenchmark {

    private DiagramGraph big;
    private DiagramGraph states200;

    @Setup
    public void read() throws IOException {
        Path shared = Path.of(System.getProperty("statewise.shared", "../shared"));
        String text = Files.readString(shared.resolve("bench/workflows/big.asl.json"));
        big = DiagramGraphs.of(AslParser.parse(text, DocumentFormat.JSON), Java2dSizer.INSTANCE);
        states200 = DiagramGraphs.of(AslParser.parse(pairs(99), DocumentFormat.JSON), Java2dSizer.INSTANCE);
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
    public LayoutResult layout200() {
        return DiagramLayout.layout(states200);
    }

    @Benchmark
    public LayoutResult layout1000() {
        return DiagramLayout.layout(big);
    }

    @Benchmark
    public Map<String, Box> trivial200() {
        return trivial(states200);
    }

    @Benchmark
    public Map<String, Box> trivial1000() {
        return trivial(big);
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
