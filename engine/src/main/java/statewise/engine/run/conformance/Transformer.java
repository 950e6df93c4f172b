package statewise.engine.run.conformance;

/**
 * One replacement the recording applied to AWS's answer before storing it ({@code normalization.transformers}),
 * which must be applied to our answer the same way before comparing. The kinds are those of LocalStack's snapshot
 * library, whose tests recorded the corpus.
 */
public sealed interface Transformer {

    /**
     * Replaces every match of a (Python) regular expression in the answer's serialised JSON text.
     *
     * @param regex       the pattern, in Python's {@code re} syntax
     * @param replacement the replacement, in Python's {@code re.sub} syntax ({@code \1}, {@code \\})
     */
    record Regex(String regex, String replacement) implements Transformer {
    }

    /**
     * Replaces the values a JSONPath selects: with {@code replacement} itself, or, when {@code replaceReference}
     * is true, every occurrence of each selected string anywhere with {@code <replacement:N>}.
     */
    record JsonPathValue(String path, String replacement, boolean replaceReference) implements Transformer {
    }

    /** Like {@link JsonPathValue}, for every non-empty value under a key named {@code key}, at any depth. */
    record KeyValue(String key, String replacement, boolean replaceReference) implements Transformer {
    }

    /**
     * A transformer whose effect the comparison already has: the Python function that parsed JSON text back into
     * JSON ({@code _convert_output_to_json}), which {@link ResultComparator} does for every payload.
     */
    record Covered(String description) implements Transformer {
    }

    /**
     * A transformer the corpus names but cannot reproduce (a LocalStack utility group or a Python function). It is
     * not applied; the comparator's placeholder matching covers most of what it replaced.
     */
    record Unsupported(String description) implements Transformer {
    }
}
