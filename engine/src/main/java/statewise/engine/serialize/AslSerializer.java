package statewise.engine.serialize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;

/**
 * Writes the model back as ASL text, JSON or YAML: the inverse of {@link statewise.engine.parse.AslParser}, so
 * that reading the text gives back an equal model. Canvas edits produce a new model; this is how they become the
 * new document text. Nothing is lost: fields kept in {@code extras()} and invalid states are written as they were
 * read. Objects are written in their previous key order when given a {@link KeyOrder}, else in the conventional
 * order. Instances are immutable and thread-safe.
 */
public final class AslSerializer {

    /** The indent of JSON text when none is given. */
    public static final int DEFAULT_INDENT = 2;

    private static final AslSerializer JSON = new AslSerializer(new TextEmitter(DocumentFormat.JSON, DEFAULT_INDENT));
    private static final AslSerializer YAML = new AslSerializer(new TextEmitter(DocumentFormat.YAML, DEFAULT_INDENT));

    private final TextEmitter emitter;

    private AslSerializer(TextEmitter emitter) {
        this.emitter = emitter;
    }

    /** JSON with a 2-space indent. */
    public static AslSerializer json() {
        return JSON;
    }

    /** JSON with {@code indent} spaces per level (at least 1), e.g. to keep the indent a file already uses. */
    public static AslSerializer json(int indent) {
        return indent == DEFAULT_INDENT ? JSON : new AslSerializer(new TextEmitter(DocumentFormat.JSON, indent));
    }

    /** Block-style YAML with a 2-space indent. */
    public static AslSerializer yaml() {
        return YAML;
    }

    public static AslSerializer of(DocumentFormat format) {
        return format == DocumentFormat.YAML ? YAML : JSON;
    }

    public DocumentFormat format() {
        return emitter.format();
    }

    /** A state machine in the conventional key order. */
    public String write(StateMachine machine) {
        return write(machine, KeyOrder.none());
    }

    /** A state machine, keeping the key order of a previous revision where it has one. */
    public String write(StateMachine machine, KeyOrder order) {
        return emitter.write(new ModelTree(order).machine(machine));
    }

    /** A single state (as the TestState API takes it) in the conventional key order. */
    public String write(State state) {
        return write(state, KeyOrder.none());
    }

    /** A single state, keeping the key order of a previous revision where it has one. */
    public String write(State state, KeyOrder order) {
        return emitter.write(new ModelTree(order).state(state, JsonPointer.ROOT));
    }

    /**
     * Writes any JSON tree in this serializer's notation and style, e.g. one value that an edit puts into a text.
     */
    public String writeTree(JsonNode tree) {
        return emitter.write(tree);
    }

    /**
     * The JSON tree that {@link #write(StateMachine, KeyOrder)} writes, for code that compares or rearranges trees
     * before writing them. It shares embedded JSON ({@code Parameters}, ...) with the model: treat it as read-only.
     */
    public static ObjectNode tree(StateMachine machine, KeyOrder order) {
        return new ModelTree(order).machine(machine);
    }

    /**
     * Like {@link #tree(StateMachine, KeyOrder)}, but each top-level state that {@code standIns} (given the state's
     * name and the state) answers with a node stands as that node instead of its tree, so a caller that compares
     * two revisions builds only the states that differ. {@code order} needs to know only the objects written.
     */
    public static ObjectNode tree(StateMachine machine, KeyOrder order,
            BiFunction<String, State, @Nullable JsonNode> standIns) {
        return new ModelTree(order).machine(machine, standIns);
    }

    /** The JSON tree of one state, in the conventional key order; read-only as well. */
    public static JsonNode tree(State state) {
        return new ModelTree(KeyOrder.none()).state(state, JsonPointer.ROOT);
    }

    /**
     * The document's model in this serializer's format, in the document's own key order: JSON to YAML, YAML to
     * JSON, or a reformat. Empty when the document could not be read whole (a syntax error, or no model), since
     * writing the partial model would drop what was not read; YAML comments and anchors are not kept.
     */
    public Optional<String> convert(AslDocument document) {
        if (document.hasSyntaxErrors()) {
            return Optional.empty();
        }
        State state = document.state();
        StateMachine machine = document.stateMachine();
        if (document.kind() == AslDocument.Kind.STATE && state != null) {
            return Optional.of(write(state, KeyOrder.of(document)));
        }
        if (document.kind() == AslDocument.Kind.STATE_MACHINE && machine != null) {
            return Optional.of(write(machine, KeyOrder.of(document)));
        }
        return Optional.empty();
    }
}
