package statewise.app.shell;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import statewise.app.canvas.PremadeLayout;
import statewise.layout.DiagramGraph;
import statewise.layout.LayoutResult;
import statewise.layout.PlacedNode;
import statewise.layout.RoutedEdge;
import statewise.layout.Size;

/**
 * The bundled sample's diagram as the layout kernel laid it out, stored with the graph it laid out (a resource made
 * ahead of time), so a first start draws the sample without loading the kernel: loading it and its first layout
 * took about a second of processor time before the first frame. Box sizes come from font measurements, which differ
 * between machines: the stored layout is used only when this machine measures exactly the stored graph.
 * StoredSampleLayoutTest fails when the sample, the graph it makes or the kernel's layout of it changes.
 *
 * @param graph the graph the kernel laid out, sizes included
 * @param size  the layout's size
 * @param nodes the layout's nodes
 * @param edges the layout's edges
 */
record StoredSampleLayout(DiagramGraph graph, Size size, List<PlacedNode> nodes, List<RoutedEdge> edges) {

    /** Where the stored layout of {@code Template.ORDER_PROCESSING} lies on the class path. */
    static final String RESOURCE = "/statewise/app/samples/order-processing.layout.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static StoredSampleLayout of(DiagramGraph graph, LayoutResult layout) {
        return new StoredSampleLayout(graph, layout.size(), layout.nodes(), layout.edges());
    }

    /** The stored layout as its resource holds it. */
    static StoredSampleLayout read() {
        try (InputStream in = StoredSampleLayout.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return MAPPER.readValue(in, StoredSampleLayout.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored layout when {@code measured} is exactly the graph it was made from; empty otherwise. */
    static Optional<PremadeLayout> matching(DiagramGraph measured) {
        StoredSampleLayout stored = read();
        return measured.equals(stored.graph) ? Optional.of(new PremadeLayout(measured, stored.layout()))
                : Optional.empty();
    }

    LayoutResult layout() {
        return new LayoutResult(size, nodes, edges);
    }

    /** This layout as the resource's text. */
    String json() {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
