package statewise.engine.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;

/**
 * Reading what the serializer wrote gives back an equal model, with the same findings, for every definition of
 * the shared corpus, in JSON and in YAML. Definitions we knowingly fail are listed below with the reason; a listed
 * one that starts passing fails the test too, so the list only shrinks.
 */
class CorpusRoundTripTest {

    /** Corpus ids that do not survive a round trip, with the reason. */
    private static final Map<String, String> KNOWN_FAILURES = Map.of();

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void everyCorpusDefinitionReadsBackEqual(DocumentFormat format) {
        AslSerializer serializer = AslSerializer.of(format);
        List<String> failures = new ArrayList<>();
        List<String> fixedButListed = new ArrayList<>();
        int machines = 0;
        int states = 0;
        for (CorpusDefinitions.Definition d : CorpusDefinitions.all()) {
            AslDocument original = d.parse();
            String failure = roundTripFailure(serializer, d, original);
            if (failure != null && !KNOWN_FAILURES.containsKey(d.id())) {
                failures.add(d.id() + ": " + failure);
            } else if (failure == null && KNOWN_FAILURES.containsKey(d.id())) {
                fixedButListed.add(d.id());
            }
            if (d.singleState()) {
                states++;
            } else {
                machines++;
            }
        }
        System.out.printf("round trip %s: %d definitions (%d state machines, %d single states), %d failed%n",
                format, machines + states, machines, states, failures.size());
        assertTrue(machines + states > 1000, "the corpus was not found whole");
        assertEquals(List.of(), failures);
        assertEquals(List.of(), fixedButListed, "listed as failing but passing now");
    }

    /**
     * The model must read back equal from the conventional text. The findings are compared on the text written
     * with the document's own key order, as every edit writes it: without that hint, an absent {@code States}
     * (which the model shows as an empty one) is written as {@code "States": {}}.
     */
    private static @Nullable String roundTripFailure(AslSerializer serializer, CorpusDefinitions.Definition d,
            AslDocument original) {
        String text = CorpusDefinitions.write(serializer, original, KeyOrder.none());
        AslDocument again = CorpusDefinitions.read(text, serializer.format(), d.singleState());
        if (!Objects.equals(original.stateMachine(), again.stateMachine())
                || !Objects.equals(original.state(), again.state())) {
            return "the model differs after reading\n" + text;
        }
        String hinted = CorpusDefinitions.write(serializer, original, KeyOrder.of(original));
        AslDocument hintedAgain = CorpusDefinitions.read(hinted, serializer.format(), d.singleState());
        if (!findings(original).equals(findings(hintedAgain))) {
            return "the findings differ: " + findings(original) + " then " + findings(hintedAgain);
        }
        return null;
    }

    /** Diagnostic codes and pointers, sorted (positions differ between layouts). */
    private static List<String> findings(AslDocument document) {
        return document.diagnostics().stream()
                .map(diagnostic -> diagnostic.code() + " at " + diagnostic.pointer())
                .sorted()
                .toList();
    }
}
