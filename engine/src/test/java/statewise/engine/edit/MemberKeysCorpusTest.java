package statewise.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.SourceMap;

/**
 * {@link SourceMap#memberKeys}, which {@link TextLayout} reads a container's members from in one pass, against the
 * full computation it stands for: every member looked up by its pointer and sorted by where it starts, for every
 * object of every corpus definition, in JSON and in YAML.
 */
class MemberKeysCorpusTest {

    @Test
    void memberKeysAreEveryObjectsMembersSortedByWhereTheyStart() {
        int objects = 0;
        for (CorpusMachines.Machine machine : CorpusMachines.all()) {
            for (DocumentFormat format : DocumentFormat.values()) {
                AslDocument document = machine.document(format);
                SourceMap map = document.sourceMap();
                for (Map.Entry<String, List<Member>> parent : members(map).entrySet()) {
                    List<Member> sorted = new ArrayList<>(parent.getValue());
                    sorted.sort(Comparator.comparingInt(Member::start));
                    boolean object = sorted.stream().allMatch(Member::keyed);
                    List<String> expected = object ? sorted.stream().map(Member::key).toList() : null;
                    assertThat(map.memberKeys(parent.getKey()))
                            .as("%s (%s) at '%s'", machine.id(), format, parent.getKey())
                            .isEqualTo(map.hasRepeatedKeys() ? null : expected);
                    objects += object ? 1 : 0;
                }
            }
        }
        assertThat(objects).isGreaterThan(5_000);
    }

    /** The members of each container, found by looking every element up by its pointer. */
    private static Map<String, List<Member>> members(SourceMap map) {
        Map<String, List<Member>> members = new LinkedHashMap<>();
        map.forEach((pointer, entry) -> {
            if (!pointer.isEmpty()) {
                members.computeIfAbsent(JsonPointer.parent(pointer), p -> new ArrayList<>()).add(new Member(
                        JsonPointer.lastToken(pointer), entry.key() != null, entry.memberStartOffset()));
            }
        });
        return members;
    }

    private record Member(String key, boolean keyed, int start) {
    }
}
