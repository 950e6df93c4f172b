package statewise.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.layout.kernel.LayeredKernel;

/** An empty graph is laid out without the kernel, exactly as the kernel would lay it out. */
class EmptyLayoutTest {

    @Test
    void emptyGraphGetsTheKernelsEmptyLayout() {
        DiagramGraph empty = new DiagramGraph(List.of(), List.of());
        assertEquals(LayeredKernel.layout(empty), DiagramLayout.layout(empty));
    }
}
