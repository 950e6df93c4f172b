package statewise.engine.parse;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Character-level damage to a text, the kind typing, bad copy-paste and broken encodings do: characters deleted,
 * inserted or replaced (favouring the ones JSON and YAML give meaning to, control characters, surrogates and the
 * BOM), the text truncated, and regions duplicated or swapped. Every operation is a pure function of the text and
 * the random source, so a seed replays it.
 */
final class TextMutator {

    /** Characters with a meaning in JSON or YAML, or that readers are known to trip on. */
    static final List<String> CHARACTERS = List.of(
            "\"", "'", "{", "}", "[", "]", ",", ":", "\\", "/", "\u0000", "\u0001", "\u0008", "\u001F", "\u007F",
            "\t", "\r", "\n", "\r\n", "\u2028", "\u0085", "\uFEFF", "\uD83D\uDE00", "\uD800", "\uDC00",
            "\uD83D", "&", "*", "!", "|", ">", "-", "?", "#", "%", "@", "`", " ", "$", ".", "e", "0", "9", "~",
            "\u00E9");

    /** Whole tokens that stress number, string, comment and YAML handling. */
    static final List<String> TOKENS = List.of(
            "1e999", "-1e999", "1e-999", "123456789012345678901234567890", "-0", "0.0000000000000000000001",
            "9223372036854775808", "NaN", "Infinity", "-Infinity", "true", "null", "\"\\u", "\"\\uD800\"",
            "\\u0000", "/*", "//", "\n---\n", "\n...\n", "&a ", "*a", "!!binary ", "!!str ", "!!int ", "!!float ",
            "!!map ", "? ", "<<: *a", "{{", "}}", "[[", "]]", "${x}", "{% $x %}", "$.a[?(@.b)]", "States.Format('{}')",
            "\"\"", "{}", "[]", ":::", ",,", "\\\"", "%TAG ! tag:x,2000:\n", "|\n", ">-\n", "\t- ");

    private TextMutator() {
    }

    /** Applies one randomly chosen operation and names it in {@code log}. */
    static String mutate(String text, SplittableRandom random, StringBuilder log) {
        int op = random.nextInt(9);
        return switch (op) {
            case 0 -> delete(text, random, log);
            case 1, 2 -> insert(text, random, log, pick(random, CHARACTERS));
            case 3 -> insert(text, random, log, pick(random, TOKENS));
            case 4 -> replace(text, random, log);
            case 5 -> truncate(text, random, log);
            case 6 -> duplicateRegion(text, random, log);
            case 7 -> swapRegions(text, random, log);
            default -> deleteRegion(text, random, log);
        };
    }

    static String pick(SplittableRandom random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String delete(String text, SplittableRandom random, StringBuilder log) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        log.append(" delete@").append(at);
        return text.substring(0, at) + text.substring(at + 1);
    }

    private static String insert(String text, SplittableRandom random, StringBuilder log, String what) {
        int at = random.nextInt(text.length() + 1);
        log.append(" insert@").append(at).append('(').append(Escapes.java(what)).append(')');
        return text.substring(0, at) + what + text.substring(at);
    }

    private static String replace(String text, SplittableRandom random, StringBuilder log) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        String with = pick(random, CHARACTERS);
        log.append(" replace@").append(at).append('(').append(Escapes.java(with)).append(')');
        return text.substring(0, at) + with + text.substring(at + 1);
    }

    private static String truncate(String text, SplittableRandom random, StringBuilder log) {
        int at = random.nextInt(text.length() + 1);
        log.append(" truncate@").append(at);
        return text.substring(0, at);
    }

    private static String duplicateRegion(String text, SplittableRandom random, StringBuilder log) {
        int[] region = region(text, random);
        int at = random.nextInt(text.length() + 1);
        log.append(" duplicate[").append(region[0]).append(',').append(region[1]).append(")@").append(at);
        return text.substring(0, at) + text.substring(region[0], region[1]) + text.substring(at);
    }

    private static String swapRegions(String text, SplittableRandom random, StringBuilder log) {
        int[] cuts = {random.nextInt(text.length() + 1), random.nextInt(text.length() + 1),
            random.nextInt(text.length() + 1)};
        Arrays.sort(cuts);
        log.append(" swap[").append(cuts[0]).append(',').append(cuts[1]).append(',').append(cuts[2]).append(')');
        return text.substring(0, cuts[0]) + text.substring(cuts[1], cuts[2]) + text.substring(cuts[0], cuts[1])
                + text.substring(cuts[2]);
    }

    private static String deleteRegion(String text, SplittableRandom random, StringBuilder log) {
        int[] region = region(text, random);
        log.append(" delete[").append(region[0]).append(',').append(region[1]).append(')');
        return text.substring(0, region[0]) + text.substring(region[1]);
    }

    /** A region of at most 64 characters, usually a few: the size of a key, a value or a line. */
    private static int[] region(String text, SplittableRandom random) {
        int start = random.nextInt(text.length() + 1);
        int length = Math.min(text.length() - start, 1 + random.nextInt(1 + random.nextInt(64)));
        return new int[] {start, start + length};
    }
}
