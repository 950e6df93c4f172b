package statewise.engine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.document.DocumentFormat;

/**
 * Fuzzes the reader with seeded mutations of every corpus definition and checks the {@link ParserContract} on each
 * input: no exception from parsing or validation, well-formed diagnostics inside the text at the lines and columns
 * of their offsets, the same answer twice.
 *
 * <p>The default, 5,000 inputs, suits CI (seconds). Bigger runs, from the repository root (see also
 * {@code engine/bench/README.md}):
 * <pre>
 * mvn -q -B -Dstatewise.target=target-fuzz -pl engine test -Dtest=MutationFuzzTest -Dstatewise.fuzz.count=100000
 * </pre>
 * {@code -Dstatewise.fuzz.seed=N} picks another run seed; {@code -Dstatewise.fuzz.replay=S} checks only the input
 * of seed {@code S} (printed with every violation) and prints its text.
 */
class MutationFuzzTest {

    private static final int COUNT = Integer.getInteger("statewise.fuzz.count", 5_000);
    private static final long RUN_SEED = Long.getLong("statewise.fuzz.seed", 1L);
    private static final String REPLAY = System.getProperty("statewise.fuzz.replay", "");

    @Test
    void mutatedCorpusInputsKeepTheParserContract() {
        FuzzCampaign campaign = REPLAY.isBlank() ? FuzzCampaign.run(RUN_SEED, COUNT) : replay(Long.parseLong(REPLAY));
        System.out.println(campaign.summary());
        assertEquals(0, campaign.distinctViolations(), campaign::report);
    }

    @Test
    void inputsAreReproducibleFromTheirSeed() {
        long seed = InputGenerator.inputSeed(RUN_SEED, 17);
        assertEquals(InputGenerator.generate(seed), InputGenerator.generate(seed));
    }

    @Test
    void generatorReachesEveryKindOfInput() {
        List<String> descriptions = IntStream.range(0, 2_000)
                .mapToObj(i -> InputGenerator.generate(InputGenerator.inputSeed(RUN_SEED, i)).description())
                .toList();
        for (String expected : List.of("edge-text", "recorded-text", "unmutated", "one-state", "nest(600",
                "duplicate-key", "anchor(", "tag(", "documents(", "huge(", "huge-number", "remove(", "type(",
                "dangling(", "other-type(", "rename(", "empty(", "odd-string(", "add-field(", "root(", "deep-flow(",
                "block-scalar(", "comment(", "duplicate-yaml-key(", "truncate@", "insert@", "replace@", "delete@",
                "delete[", "duplicate[", "swap[", "read-as-YAML", "read-as-JSON", "JSON_PRETTY", "JSON_COMPACT",
                "YAML_QUOTED", "YAML_PLAIN")) {
            assertTrue(descriptions.stream().anyMatch(d -> d.contains(expected)), "no input made with " + expected);
        }
    }

    /** Inputs the fuzzer found and shrank; each broke the contract when it was found. */
    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            YAML | \uD83D\uDE00
            JSON | \uD83D\uDE00: "\uD83D\uDE00
            YAML | {e:{\u2028","
            """)
    void yamlPositionsStayExactAfterNonBmpCharactersAndUnicodeLineBreaks(DocumentFormat format, String input) {
        assertContractHolds(input, format);
    }

    private static FuzzCampaign replay(long seed) {
        FuzzInput input = InputGenerator.generate(seed);
        System.out.println("Replaying seed " + seed + " (" + input.description() + ", read as " + input.format()
                + "):\n\"" + Escapes.java(input.text()) + "\"");
        return FuzzCampaign.replay(seed);
    }

    private static void assertContractHolds(String text, DocumentFormat format) {
        ParserContract.Outcome outcome = ParserContract.check(text, format);
        assertEquals(List.of(), outcome.violations().stream().map(v -> v.signature() + " " + v.detail()).toList());
    }
}
