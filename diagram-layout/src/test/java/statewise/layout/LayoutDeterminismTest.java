package statewise.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import statewise.layout.LayoutCorpus.Definition;

/** The same definition gives the same layout on every run, whatever was laid out before it. */
class LayoutDeterminismTest {

    @Test
    void everyDefinitionLaysOutIdenticallyTwice() {
        List<Definition> all = LayoutCorpus.all();
        List<LayoutResult> first = all.stream().map(d -> DiagramLayout.layout(d.graph())).toList();
        List<String> differ = new ArrayList<>();
        for (int k = all.size() - 1; k >= 0; k--) {
            if (!first.get(k).equals(DiagramLayout.layout(all.get(k).graph()))) {
                differ.add(all.get(k).name());
            }
        }
        System.out.printf("layout determinism: %d definitions laid out twice (second pass in reverse order),"
                + " %d differ%n", all.size(), differ.size());
        assertEquals(List.of(), differ);
    }
}
