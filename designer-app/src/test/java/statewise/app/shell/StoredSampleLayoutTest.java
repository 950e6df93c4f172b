package statewise.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import statewise.app.files.Template;
import statewise.app.session.Analysis;
import statewise.layout.DiagramEdge;
import statewise.layout.DiagramGraph;
import statewise.layout.DiagramGraphs;
import statewise.layout.DiagramLabel;
import statewise.layout.DiagramLayout;
import statewise.layout.DiagramNode;
import statewise.layout.Size;
import statewise.layout.render.Java2dSizer;

/**
 * The stored sample layout is what the kernel makes of the sample: it fails when the sample, the graph made of it or
 * the kernel's layout changes. Each such failure writes the fresh resource to the temporary folder, to be copied to
 * {@code designer-app/src/main/resources} + {@link StoredSampleLayout#RESOURCE}.
 */
class StoredSampleLayoutTest {

    private static final Size NO_SIZE = new Size(0, 0);

    @Test
    void storedLayoutIsTheKernelsLayoutOfTheStoredGraph() {
        StoredSampleLayout stored = StoredSampleLayout.read();
        assertEquals(stored.layout(), DiagramLayout.layout(stored.graph()), StoredSampleLayoutTest::stale);
    }

    @Test
    void storedGraphIsTheSamplesGraphApartFromMeasuredSizes() {
        assertEquals(withoutSizes(sampleGraph()), withoutSizes(StoredSampleLayout.read().graph()),
                StoredSampleLayoutTest::stale);
    }

    @Test
    void storedLayoutIsHandedOutOnlyForTheGraphItWasMadeFrom() {
        DiagramGraph stored = StoredSampleLayout.read().graph();
        assertEquals(stored, StoredSampleLayout.matching(stored).orElseThrow().graph());
        DiagramNode first = stored.nodes().get(0);
        DiagramNode wider = new DiagramNode(first.id(), first.kind(), first.name(),
                new Size(first.size().width() + 1, first.size().height()), first.body());
        List<DiagramNode> nodes = new ArrayList<>(stored.nodes());
        nodes.set(0, wider);
        assertTrue(StoredSampleLayout.matching(new DiagramGraph(nodes, stored.edges())).isEmpty(),
                "a box measured wider on this machine must not get the stored layout");
    }

    private static DiagramGraph sampleGraph() {
        Template sample = Template.ORDER_PROCESSING;
        return DiagramGraphs.of(Analysis.of(sample.fileName(), sample.text()).document(), Java2dSizer.INSTANCE);
    }

    /** Writes the sample's fresh layout for copying over the resource and says where it is. */
    private static String stale() {
        DiagramGraph graph = sampleGraph();
        Path fresh = Path.of(System.getProperty("java.io.tmpdir"), "order-processing.layout.json");
        try {
            Files.writeString(fresh, StoredSampleLayout.of(graph, DiagramLayout.layout(graph)).json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "the stored sample layout is stale: copy " + fresh + " to designer-app/src/main/resources"
                + StoredSampleLayout.RESOURCE;
    }

    private static @Nullable DiagramGraph withoutSizes(@Nullable DiagramGraph graph) {
        if (graph == null) {
            return null;
        }
        List<DiagramNode> nodes = graph.nodes().stream().map(node -> new DiagramNode(node.id(), node.kind(),
                node.name(), NO_SIZE, withoutSizes(node.body()))).toList();
        List<DiagramEdge> edges = graph.edges().stream().map(edge -> new DiagramEdge(edge.id(), edge.from(),
                edge.to(), edge.kind(), edge.index(), edge.label() == null ? null
                        : new DiagramLabel(edge.label().text(), NO_SIZE))).toList();
        return new DiagramGraph(nodes, edges);
    }
}
