package statewise.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.layout.LayoutCorpus.Definition;
import statewise.layout.kernel.LayeredKernel;

/**
 * The same definition gives the same layout on every run, whatever was laid out before it, and whether its
 * container bodies come from the kernel's cache or are laid out anew.
 */
class LayoutDeterminismTest {

    @Test
    void everyDefinitionLaysOutIdenticallyTwice() {
        List<Definition> all = LayoutCorpus.all();
        LayeredKernel.forgetBodies();
        List<LayoutResult> first = all.stream().map(d -> DiagramLayout.layout(d.graph())).toList();
        List<String> differ = new ArrayList<>();
        for (int k = all.size() - 1; k >= 0; k--) {
            LayeredKernel.forgetBodies();
            if (!first.get(k).equals(DiagramLayout.layout(all.get(k).graph()))) {
                differ.add(all.get(k).name());
            }
        }
        System.out.printf("layout determinism: %d definitions laid out twice (second pass in reverse order),"
                + " %d differ%n", all.size(), differ.size());
        assertEquals(List.of(), differ);
    }

    @Test
    void cachedContainerBodiesGiveTheLayoutOfAFreshRun() {
        List<Definition> nested = LayoutCorpus.all().stream()
                .filter(d -> d.graph().nodes().stream().anyMatch(DiagramNode::isContainer)).toList();
        List<String> differ = new ArrayList<>();
        for (Definition definition : nested) {
            LayeredKernel.forgetBodies();
            LayoutResult fresh = DiagramLayout.layout(definition.graph());
            LayoutResult cached = DiagramLayout.layout(definition.graph());
            if (!fresh.equals(cached)) {
                differ.add(definition.name());
            }
        }
        assertTrue(nested.size() > 20, "definitions with containers: " + nested.size());
        assertEquals(List.of(), differ);
    }
}
