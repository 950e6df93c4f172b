package statewise.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import statewise.engine.corpus.ListedCases;
import statewise.engine.corpus.SharedCorpus;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.parse.AslParser;

/**
 * The second yardstick: other ASL validators' test definitions with their verdicts. Where a peer's verdict
 * contradicts AWS's recorded behaviour (or another peer), we side with AWS and list the case with the reason in
 * {@code conformance/peer-disagreements.txt}; a listed case that starts agreeing fails the test, so the list only
 * shrinks. Pointers are compared exactly; an error at a parent or child of the expected pointer is counted as a near
 * miss and reported apart.
 */
class PeerCorpusTest {

    private static final String DISAGREEMENTS = "/conformance/peer-disagreements.txt";

    @Test
    void validatorAgreesWithOtherValidatorsExceptWhereAwsDiffers() throws IOException {
        Map<String, String> listed = ListedCases.read(DISAGREEMENTS);
        Map<String, int[]> counts = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        List<String> nowAgreeing = new ArrayList<>();
        int exact = 0;
        int near = 0;
        for (SharedCorpus.Case c : SharedCorpus.validation()) {
            JsonNode expected = c.expected();
            boolean valid = expected.path("valid").asBoolean();
            List<Diagnostic> errors = errors(c.definition());
            String peer = c.id().substring(0, c.id().indexOf('.'));
            String category = peer + (valid ? "/valid" : "/invalid") + (c.json().path("tags").isEmpty() ? ""
                    : " " + c.json().path("tags"));
            int[] count = counts.computeIfAbsent(category, k -> new int[2]);
            count[1]++;
            String failure = valid == errors.isEmpty() ? null
                    : valid ? "peer: valid; we report " + describe(errors) : "peer: invalid; we report no error";
            if (failure == null && !valid) {
                PointerMatch match = matchPointers(expected, errors);
                exact += match == PointerMatch.EXACT ? 1 : 0;
                near += match == PointerMatch.NEAR ? 1 : 0;
            }
            if (failure == null) {
                count[0]++;
                if (listed.containsKey(c.id())) {
                    nowAgreeing.add(c.id());
                }
            } else if (!listed.containsKey(c.id())) {
                unexpected.add(c.id() + ": " + failure);
            }
        }
        StringBuilder report = new StringBuilder("Agreement with other validators' verdicts (agreed/total):\n");
        counts.forEach((k, v) -> report.append(String.format("  %-62s %3d/%d%n", k, v[0], v[1])));
        report.append(String.format("  pointers of refused cases: %d exact, %d near (parent/child)%n", exact, near));
        report.append(String.format("  listed disagreements (AWS or another peer says otherwise): %d%n",
                listed.size()));
        System.out.print(report);
        assertTrue(unexpected.isEmpty(), () -> unexpected.size() + " unexplained disagreements:\n"
                + String.join("\n", unexpected));
        assertEquals(List.of(), nowAgreeing, "these cases now agree: remove them from " + DISAGREEMENTS);
    }

    private enum PointerMatch { NONE_GIVEN, EXACT, NEAR, MISSED }

    private static PointerMatch matchPointers(JsonNode expected, List<Diagnostic> errors) {
        JsonNode pointer = expected.get("pointer");
        if (pointer == null || pointer.isNull()) {
            return PointerMatch.NONE_GIVEN;
        }
        String p = pointer.asText();
        if (errors.stream().anyMatch(d -> d.pointer().equals(p))) {
            return PointerMatch.EXACT;
        }
        boolean near = errors.stream().anyMatch(d -> p.startsWith(d.pointer() + "/") || d.pointer().startsWith(p
                + "/"));
        return near ? PointerMatch.NEAR : PointerMatch.MISSED;
    }

    private static List<Diagnostic> errors(JsonNode definition) throws IOException {
        String text = SharedCorpus.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(definition);
        AslDocument document = AslParser.parse(text, DocumentFormat.JSON);
        return Validator.validate(document).stream().filter(Diagnostic::isError).toList();
    }

    private static String describe(List<Diagnostic> errors) {
        return errors.stream().limit(3).map(d -> d.code() + " at " + d.pointer() + " (" + d.message() + ")")
                .collect(Collectors.joining("; "));
    }
}
