package statewise.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import statewise.engine.document.DocumentFormat;

/**
 * Turns a seed into one fuzz input: picks a corpus definition (or a single state of one, or an edge-case text),
 * optionally mutates its tree, writes it in one of the {@link Rendering}s, then damages the text. A few inputs
 * stay unmutated so that plain, valid renderings are checked too. The same seed always gives the same input.
 */
final class InputGenerator {

    /**
     * Trees deeper than this are written compactly: the other layouts indent every level, which would turn one
     * 600-deep nest into a megabyte of blanks and make the run slow without finding more.
     */
    private static final int DEEP_TREE = 64;

    /** Definitions longer than this (as compact JSON) are {@linkplain #pickDefinition picked} less often. */
    private static final int HUGE_DEFINITION = 32_000;

    private InputGenerator() {
    }

    /** The seed of input number {@code index} of a run seeded with {@code runSeed}. */
    static long inputSeed(long runSeed, int index) {
        return runSeed * 0x9E3779B97F4A7C15L + index;
    }

    static FuzzInput generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder log = new StringBuilder();
        int roll = random.nextInt(100);
        Base base = base(random, roll, log);
        if (roll >= 6 && roll < 10) {
            return new FuzzInput(seed, base.text(), base.format(), log.append(" unmutated").toString());
        }
        String text = base.text();
        DocumentFormat format = base.format();
        int textMutations = base.treeMutated() ? random.nextInt(2) : 1 + random.nextInt(3);
        for (int i = 0; i < textMutations; i++) {
            text = random.nextInt(3) == 0 ? SyntaxMutator.mutate(text, format, random, log)
                    : TextMutator.mutate(text, random, log);
        }
        if (random.nextInt(12) == 0) {
            format = format == DocumentFormat.JSON ? DocumentFormat.YAML : DocumentFormat.JSON;
            log.append(" read-as-").append(format);
        }
        return new FuzzInput(seed, text, format, log.toString().strip());
    }

    /** The text before any damage to the text itself. */
    private record Base(String text, DocumentFormat format, boolean treeMutated) {
    }

    private static Base base(SplittableRandom random, int roll, StringBuilder log) {
        if (roll < 3) {
            log.append("edge-text");
            return new Base(TextMutator.pick(random, FuzzSeeds.EDGE_TEXTS),
                    random.nextBoolean() ? DocumentFormat.JSON : DocumentFormat.YAML, false);
        }
        if (roll < 6 && !FuzzSeeds.recordedTexts().isEmpty()) {
            log.append("recorded-text");
            return new Base(TextMutator.pick(random, FuzzSeeds.recordedTexts()), DocumentFormat.JSON, false);
        }
        FuzzSeeds.Definition seed = pickDefinition(random);
        log.append(seed.name());
        JsonNode tree = random.nextInt(8) == 0 ? oneState(seed.tree(), random, log) : seed.tree();
        boolean treeMutated = roll >= 10 && roll < 45;
        int mutations = treeMutated ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < mutations; i++) {
            tree = TreeMutator.mutate(tree, random, log);
        }
        Rendering rendering = Rendering.values()[random.nextInt(Rendering.values().length)];
        if (TreeMutator.depth(tree) > DEEP_TREE) {
            rendering = Rendering.JSON_COMPACT;
        }
        log.append(" as ").append(rendering);
        return new Base(render(rendering, tree, seed.tree(), log), rendering.format(), treeMutated);
    }

    /**
     * A corpus definition, chosen evenly except that the few huge ones (the 1,000-state workflow, a 260 KB input) are
     * passed over three times in four: each costs as much as a thousand small ones, and a 100,000-input run still
     * mutates each of them hundreds of times.
     */
    private static FuzzSeeds.Definition pickDefinition(SplittableRandom random) {
        List<FuzzSeeds.Definition> definitions = FuzzSeeds.definitions();
        FuzzSeeds.Definition seed = definitions.get(random.nextInt(definitions.size()));
        if (seed.size() > HUGE_DEFINITION && random.nextInt(4) != 0) {
            seed = definitions.get(random.nextInt(definitions.size()));
        }
        return seed;
    }

    /** One state of the definition, as the TestState API takes it. */
    private static JsonNode oneState(JsonNode definition, SplittableRandom random, StringBuilder log) {
        List<JsonNode> states = new ArrayList<>();
        definition.path("States").forEach(states::add);
        if (states.isEmpty()) {
            return definition;
        }
        log.append(" one-state");
        return states.get(random.nextInt(states.size()));
    }

    /** Writes the mutated tree; when the writer refuses it (nested past its own limit), the unmutated one. */
    private static String render(Rendering rendering, JsonNode tree, JsonNode fallback, StringBuilder log) {
        try {
            return rendering.render(tree);
        } catch (RuntimeException e) {
            log.append(" (unwritable, unmutated instead)");
            return rendering.render(fallback);
        }
    }
}
