package statewise.engine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.DocumentFormat;

/**
 * Text mutations that know the notation: duplicate keys, numbers swapped for huge ones, and the YAML features a
 * JSON-minded reader meets only by accident (anchors, aliases, merge keys, tags, directives, several documents,
 * block scalars, comments). They keep most of the text well-formed, so the damage reaches past the tokenizer.
 */
final class SyntaxMutator {

    private static final Pattern YAML_KEY_LINE = Pattern.compile("(?m)^( *)([A-Za-z\"'][^:#\\n]*):( .*)?$");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.\"$])-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
    private static final List<String> HUGE_NUMBERS = List.of("1e999", "-1e999", "1e-999",
            "123456789012345678901234567890", "9223372036854775808", "-9223372036854775809", "1.7976931348623157e309",
            "0.1e-400", "4294967296", "2147483648", "-0", "0e0", "1" + "0".repeat(400));
    private static final List<String> TAGS = List.of("!!str ", "!!int ", "!!float ", "!!binary ", "!!null ",
            "!!bool ", "!!timestamp ", "!!map ", "!!seq ", "!local ", "!<tag:yaml.org,2002:str> ", "!e!x ");

    private SyntaxMutator() {
    }

    /** Applies one operation that suits {@code format}; returns the text unchanged when nothing fits. */
    static String mutate(String text, DocumentFormat format, SplittableRandom random, StringBuilder log) {
        if (random.nextInt(10) == 0) {
            return deepFlow(text, random, log);
        }
        if (format == DocumentFormat.JSON || random.nextInt(4) == 0) {
            return random.nextBoolean() ? duplicateJsonKey(text, random, log) : hugeNumber(text, random, log);
        }
        return switch (random.nextInt(7)) {
            case 0 -> duplicateYamlKey(text, random, log);
            case 1 -> anchorAndAlias(text, random, log);
            case 2 -> tag(text, random, log);
            case 3 -> documents(text, random, log);
            case 4 -> blockScalar(text, random, log);
            case 5 -> comment(text, random, log);
            default -> hugeNumber(text, random, log);
        };
    }

    private static String duplicateJsonKey(String text, SplittableRandom random, StringBuilder log) {
        List<int[]> keys = jsonKeys(text);
        if (keys.isEmpty()) {
            return text;
        }
        int[] key = keys.get(random.nextInt(keys.size()));
        String value = TextMutator.pick(random, List.of("null", "1", "\"dup\"", "{}", "[]", "true"));
        log.append(" duplicate-key@").append(key[0]);
        return text.substring(0, key[0]) + text.substring(key[0], key[1]) + ' ' + value + ", "
                + text.substring(key[0]);
    }

    /**
     * The JSON keys of the text, each as {start of its opening quote, end of its colon}, scanned by hand: a regular
     * expression over strings recurses per character and overflows on the huge strings the fuzzer makes.
     */
    private static List<int[]> jsonKeys(String text) {
        List<int[]> keys = new ArrayList<>();
        int i = text.indexOf('"');
        while (i >= 0 && keys.size() < 5_000) {
            int close = i + 1;
            while (close < text.length() && text.charAt(close) != '"') {
                close += text.charAt(close) == '\\' ? 2 : 1;
            }
            if (close >= text.length()) {
                break;
            }
            int colon = close + 1;
            while (colon < text.length() && Character.isWhitespace(text.charAt(colon))) {
                colon++;
            }
            if (colon < text.length() && text.charAt(colon) == ':') {
                keys.add(new int[] {i, colon + 1});
            }
            i = text.indexOf('"', close + 1);
        }
        return keys;
    }

    private static String hugeNumber(String text, SplittableRandom random, StringBuilder log) {
        List<MatchResult> numbers = matches(NUMBER, text);
        String huge = TextMutator.pick(random, HUGE_NUMBERS);
        log.append(" huge-number(").append(huge.length() > 20 ? huge.length() + " digits" : huge).append(')');
        if (numbers.isEmpty()) {
            int at = random.nextInt(text.length() + 1);
            return text.substring(0, at) + huge + text.substring(at);
        }
        MatchResult number = numbers.get(random.nextInt(numbers.size()));
        return text.substring(0, number.start()) + huge + text.substring(number.end());
    }

    /** Flow-style containers nested past the reader's limit: valid JSON and valid YAML alike. */
    private static String deepFlow(String text, SplittableRandom random, StringBuilder log) {
        boolean arrays = random.nextBoolean();
        int depth = random.nextInt(8) == 0 ? 10_000 : TreeMutator.DEEP;
        String nest = arrays ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        int at = random.nextInt(text.length() + 1);
        log.append(" deep-flow(").append(depth).append(arrays ? " arrays)" : " objects)");
        return text.substring(0, at) + nest + text.substring(at);
    }

    private static String duplicateYamlKey(String text, SplittableRandom random, StringBuilder log) {
        MatchResult line = randomMatch(YAML_KEY_LINE, text, random);
        if (line == null) {
            return text;
        }
        log.append(" duplicate-yaml-key(").append(line.group(2)).append(')');
        return text.substring(0, line.start()) + line.group(1) + line.group(2) + ": dup\n"
                + text.substring(line.start());
    }

    private static String anchorAndAlias(String text, SplittableRandom random, StringBuilder log) {
        MatchResult line = randomMatch(YAML_KEY_LINE, text, random);
        if (line == null) {
            return text;
        }
        String anchor = "a" + random.nextInt(3);
        String use = TextMutator.pick(random, List.of("alias: *" + anchor, "<<: *" + anchor, "alias: *nope",
                "alias: [*" + anchor + ", *" + anchor + "]", "*" + anchor + " : x"));
        log.append(" anchor(").append(line.group(2)).append(", ").append(use).append(')');
        int valueAt = line.start() + line.group(1).length() + line.group(2).length() + 1;
        String anchored = text.substring(0, valueAt) + " &" + anchor + text.substring(valueAt);
        int after = anchored.indexOf('\n', valueAt);
        int at = after < 0 ? anchored.length() : after + 1;
        String newline = after < 0 ? "\n" : "";
        return anchored.substring(0, at) + newline + line.group(1) + use + "\n" + anchored.substring(at);
    }

    private static String tag(String text, SplittableRandom random, StringBuilder log) {
        MatchResult line = randomMatch(YAML_KEY_LINE, text, random);
        if (line == null) {
            return text;
        }
        String tag = TextMutator.pick(random, TAGS);
        log.append(" tag(").append(line.group(2)).append(", ").append(tag.strip()).append(')');
        int valueAt = line.start() + line.group(1).length() + line.group(2).length() + 1;
        return text.substring(0, valueAt) + " " + tag + text.substring(valueAt).stripLeading();
    }

    private static String documents(String text, SplittableRandom random, StringBuilder log) {
        String how = TextMutator.pick(random, List.of("start", "second", "end", "directive", "tag-directive"));
        log.append(" documents(").append(how).append(')');
        return switch (how) {
            case "start" -> "---\n" + text;
            case "second" -> text + "\n---\n" + text;
            case "end" -> text + "\n...\n";
            case "directive" -> "%YAML 1.1\n---\n" + text;
            default -> "%TAG !e! tag:example.com,2000:\n---\n" + text;
        };
    }

    private static String blockScalar(String text, SplittableRandom random, StringBuilder log) {
        MatchResult line = randomMatch(YAML_KEY_LINE, text, random);
        if (line == null || line.group(3) == null) {
            return text;
        }
        String indicator = TextMutator.pick(random, List.of("|", ">", "|-", ">+", "|2"));
        log.append(" block-scalar(").append(line.group(2)).append(indicator).append(')');
        return text.substring(0, line.start()) + line.group(1) + line.group(2) + ": " + indicator + "\n"
                + line.group(1) + "  " + line.group(3).strip() + text.substring(line.end());
    }

    private static String comment(String text, SplittableRandom random, StringBuilder log) {
        MatchResult line = randomMatch(YAML_KEY_LINE, text, random);
        if (line == null) {
            return text;
        }
        log.append(" comment(").append(line.group(2)).append(')');
        return text.substring(0, line.end()) + " # c: {[\"" + text.substring(line.end());
    }

    private static @Nullable MatchResult randomMatch(Pattern pattern, String text, SplittableRandom random) {
        List<MatchResult> all = matches(pattern, text);
        return all.isEmpty() ? null : all.get(random.nextInt(all.size()));
    }

    /** Every match (capped, so a huge text costs no more than a big one). */
    private static List<MatchResult> matches(Pattern pattern, String text) {
        return pattern.matcher(text).results().limit(5_000).toList();
    }
}
