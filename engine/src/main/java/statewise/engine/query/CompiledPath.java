package statewise.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;

/**
 * A Path compiled once and read many times, with AWS's semantics: Jayway JsonPath over Jackson trees, with no
 * options, which is what AWS runs (its messages are Jayway's, e.g. "Missing property in path $['no']", and an index
 * past the end of an array reads as null, as Jayway's JsonNode provider does). Paths made only of names and
 * indexes, the vast majority, are walked directly without Jayway, which matters on the interpreter's hot path;
 * Jayway is still asked for the explanation when such a walk finds nothing.
 *
 * <p>Instances are immutable and shared between threads through a bounded cache keyed by the path's text.
 */
final class CompiledPath {

    private static final Configuration JAYWAY = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(JsonText.MAPPER))
            .mappingProvider(new JacksonMappingProvider(JsonText.MAPPER))
            .options(EnumSet.noneOf(Option.class))
            .build();
    private static final BoundedCache<String, CompiledPath> CACHE = new BoundedCache<>(4096);

    private final AslPath path;
    private final Object @Nullable [] steps;
    private final JsonPath jayway;
    private final boolean function;

    private CompiledPath(AslPath path) {
        this.path = path;
        this.steps = PathSteps.of(path.jsonPath());
        this.jayway = JsonPath.compile(path.jsonPath());
        this.function = path.jsonPath().endsWith(")");
    }

    /** The compiled form of a Path's text; a text that is no valid Path fails with {@code States.Runtime}. */
    static CompiledPath of(String text) {
        return CACHE.get(text, CompiledPath::compile);
    }

    /** The compiled form of a Path the parser already checked (an intrinsic function's argument). */
    static CompiledPath of(AslPath checked) {
        return CACHE.get(checked.text(), text -> new CompiledPath(checked));
    }

    private static CompiledPath compile(String text) {
        ParseResult<AslPath> parsed = JsonPaths.checkPath(text);
        if (parsed instanceof ParseResult.Failed<AslPath> failed) {
            throw QueryFailure.runtime("Invalid path '" + text + "' : " + failed.error().message());
        }
        return new CompiledPath(parsed.result().orElseThrow());
    }

    String text() {
        return path.text();
    }

    AslPath.Root root() {
        return path.root();
    }

    /** The document the path reads in {@code scope}; null when it names an undefined variable. */
    @Nullable JsonNode document(PathScope scope) {
        return switch (path.root()) {
            case INPUT -> scope.input();
            case CONTEXT -> scope.context();
            case VARIABLE -> scope.variables().lookup(path.variable());
        };
    }

    /**
     * What the path selects in {@code document}, or null when it selects nothing. Definite paths give the node,
     * indefinite ones (wildcards, filters, slices, unions, descent) an array of the nodes, empty when nothing
     * matches, even when a member on the way is missing (Jayway refuses that; AWS does not). With {@code strict},
     * an index past the end of an array selects nothing, as intrinsic function arguments read; otherwise it
     * selects null, as payload templates and the other fields read.
     */
    @Nullable JsonNode find(JsonNode document, boolean strict) {
        if (steps != null) {
            return walk(document, steps, strict);
        }
        if (function) {
            return null;
        }
        try {
            return node(jayway.read(document, JAYWAY));
        } catch (JsonPathException e) {
            return jayway.isDefinite() ? null : JsonText.NODES.arrayNode();
        }
    }

    private static @Nullable JsonNode walk(JsonNode document, Object[] steps, boolean strict) {
        JsonNode node = document;
        for (Object step : steps) {
            JsonNode child;
            if (step instanceof String name) {
                child = node.isObject() ? node.get(name) : null;
            } else if (node.isArray()) {
                int index = (Integer) step;
                int effective = index < 0 ? node.size() + index : index;
                child = effective >= 0 && effective < node.size() ? node.get(effective)
                        : strict ? null : NullNode.getInstance();
            } else {
                child = null;
            }
            if (child == null) {
                return null;
            }
            node = child;
        }
        return node;
    }

    private static JsonNode node(@Nullable Object result) {
        if (result instanceof JsonNode node) {
            return node;
        }
        return result == null ? NullNode.getInstance() : JsonText.MAPPER.valueToTree(result);
    }

    /** Why the path selects nothing in {@code document}, in Jayway's words, e.g. "No results for path: $['a']". */
    String missReason(@Nullable JsonNode document) {
        if (document == null) {
            return "The variable '" + path.variable() + "' is not defined";
        }
        if (!function) {
            try {
                jayway.read(document, JAYWAY);
            } catch (JsonPathException e) {
                return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        return "No results for path: " + jayway.getPath();
    }
}
