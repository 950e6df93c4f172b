package statewise.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import statewise.layout.LayoutCorpus.Definition;
import statewise.layout.kernel.LayeredKernel;

/** A layout the user cancelled stops inside the kernel, and leaves nothing behind that a later layout would use. */
class LayoutCancelTest {

    private static DiagramGraph big() {
        return LayoutCorpus.bench().stream().filter(d -> d.name().contains("big")).findFirst()
                .map(Definition::graph).orElseThrow();
    }

    @Test
    void aCancelledLayoutStopsAfterAFewPollsOfItsToken() {
        DiagramGraph graph = big();
        AtomicInteger polls = new AtomicInteger();

        assertThrows(CancellationException.class,
                () -> DiagramLayout.layout(graph, LayoutOptions.FRESH, () -> polls.incrementAndGet() > 3));

        assertTrue(polls.get() < 10, "polled " + polls.get() + " times after cancelling");
    }

    @Test
    void containerBodiesCutShortAreNotReusedByTheNextLayout() {
        DiagramGraph graph = big();
        LayeredKernel.forgetBodies();
        LayoutResult uninterrupted = DiagramLayout.layout(graph);
        LayeredKernel.forgetBodies();
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancellationException.class,
                () -> DiagramLayout.layout(graph, LayoutOptions.FRESH, () -> polls.incrementAndGet() > 20));

        LayoutResult after = DiagramLayout.layout(graph);

        assertEquals(uninterrupted, after);
    }
}
