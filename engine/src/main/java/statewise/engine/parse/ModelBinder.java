package statewise.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.SourceMap;
import statewise.engine.model.Branch;
import statewise.engine.model.Catcher;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.FailState;
import statewise.engine.model.InvalidState;
import statewise.engine.model.ItemBatcher;
import statewise.engine.model.ItemProcessor;
import statewise.engine.model.ItemReader;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.PassState;
import statewise.engine.model.PathField;
import statewise.engine.model.ProcessorConfig;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.ReaderConfig;
import statewise.engine.model.ResultWriter;
import statewise.engine.model.Retrier;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;
import statewise.engine.model.SucceedState;
import statewise.engine.model.TaskState;
import statewise.engine.model.WaitState;
import statewise.engine.model.WriterConfig;

/**
 * Binds a JSON tree to the ASL model, reporting what does not fit the shape of ASL (wrong types, missing required
 * fields, unknown fields, unknown state types). It never fails: what cannot be bound is kept verbatim in the
 * model's {@code extras}. Rules that need more than one object at a time are the validator's.
 */
public final class ModelBinder {

    /** A bound value (null when the input was not even an object) and the diagnostics found on the way. */
    public record Bound<T>(@Nullable T value, List<Diagnostic> diagnostics) {
    }

    private final Diagnostics out;
    private final ChoiceRuleBinder rules;

    private ModelBinder(SourceMap sourceMap) {
        this.out = new Diagnostics(sourceMap);
        this.rules = new ChoiceRuleBinder(out);
    }

    /** Binds a whole state machine definition (the document's root object). */
    public static Bound<StateMachine> bindStateMachine(JsonNode root, SourceMap sourceMap) {
        ModelBinder binder = new ModelBinder(sourceMap);
        if (!(root instanceof ObjectNode object)) {
            binder.out.add(DiagnosticCode.WRONG_TYPE, "A state machine definition must be a JSON object, not "
                    + Diagnostics.describe(root) + ".", JsonPointer.ROOT);
            return new Bound<>(null, binder.out.list());
        }
        StateMachine machine = binder.machine(object);
        return new Bound<>(machine, binder.out.list());
    }

    /** Binds a single state definition (what the TestState API takes) found at the document's root. */
    public static Bound<State> bindState(JsonNode root, SourceMap sourceMap) {
        ModelBinder binder = new ModelBinder(sourceMap);
        State state = binder.state(root, JsonPointer.ROOT);
        return new Bound<>(state, binder.out.list());
    }

    private StateMachine machine(ObjectNode node) {
        ObjectReader r = new ObjectReader(node, JsonPointer.ROOT, out);
        String comment = r.string("Comment");
        String startAt = r.string("StartAt");
        Map<String, State> states = states(r);
        String version = r.string("Version");
        Long timeoutSeconds = r.integer("TimeoutSeconds");
        QueryLanguage queryLanguage = queryLanguage(r);
        requireAll(r, "StartAt", "States");
        return new StateMachine(comment, startAt, states, version, timeoutSeconds, queryLanguage,
                r.extras("state machines (at the top level)"));
    }

    /** Reports the missing ones of {@code fields} at once, as AWS does: "These fields are required: [...]". */
    private void requireAll(ObjectReader r, String... fields) {
        List<String> missing = new ArrayList<>();
        for (String f : fields) {
            if (!r.has(f)) {
                missing.add(f);
            }
        }
        if (missing.size() == 1) {
            out.add(DiagnosticCode.MISSING_FIELD, "The field '" + missing.get(0) + "' is required.", r.pointer());
        } else if (!missing.isEmpty()) {
            out.add(DiagnosticCode.MISSING_FIELD, "These fields are required: " + missing + ".", r.pointer());
        }
    }

    private Map<String, State> states(ObjectReader r) {
        ObjectNode states = r.object("States");
        if (states == null) {
            return Map.of();
        }
        Map<String, State> bound = new LinkedHashMap<>();
        String pointer = r.pointer("States");
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            bound.put(e.getKey(), state(e.getValue(), JsonPointer.child(pointer, e.getKey())));
        }
        return bound;
    }

    State state(JsonNode value, String pointer) {
        if (!(value instanceof ObjectNode node)) {
            out.add(DiagnosticCode.WRONG_TYPE, "A state must be a JSON object, not " + Diagnostics.describe(value)
                    + ".", pointer);
            return new InvalidState(value);
        }
        JsonNode type = node.get("Type");
        String typePointer = JsonPointer.child(pointer, "Type");
        if (type == null) {
            out.add(DiagnosticCode.MISSING_FIELD, "The field 'Type' is required.", pointer);
            return new InvalidState(node);
        }
        if (!type.isTextual()) {
            out.add(DiagnosticCode.WRONG_TYPE, "'Type' must be a string, not " + Diagnostics.describe(type) + ".",
                    typePointer);
            return new InvalidState(node);
        }
        StateType stateType = StateType.fromAslName(type.textValue());
        if (stateType == null) {
            out.add(DiagnosticCode.UNKNOWN_STATE_TYPE, "'" + type.textValue() + "' is not a state type; use one of"
                    + " Pass, Task, Choice, Wait, Succeed, Fail, Parallel or Map.", typePointer);
            return new InvalidState(node);
        }
        ObjectReader r = new ObjectReader(node, pointer, out);
        r.accept("Type");
        return switch (stateType) {
            case PASS -> pass(r);
            case TASK -> task(r);
            case CHOICE -> choice(r);
            case WAIT -> waitState(r);
            case SUCCEED -> succeed(r);
            case FAIL -> fail(r);
            case PARALLEL -> parallel(r);
            case MAP -> map(r);
            case UNKNOWN -> throw new IllegalStateException("fromAslName never answers UNKNOWN");
        };
    }

    private @Nullable QueryLanguage queryLanguage(ObjectReader r) {
        String name = r.string("QueryLanguage");
        if (name == null) {
            return null;
        }
        QueryLanguage q = QueryLanguage.fromAslName(name);
        if (q == null) {
            r.keep("QueryLanguage");
            out.add(DiagnosticCode.INVALID_VALUE, "'QueryLanguage' must be JSONPath or JSONata, not '" + name + "'.",
                    r.pointer("QueryLanguage"));
        }
        return q;
    }

    private PassState pass(ObjectReader r) {
        return new PassState(r.string("Comment"), queryLanguage(r), r.path("InputPath"), r.json("Parameters"),
                r.json("Result"), r.path("ResultPath"), r.path("OutputPath"), r.json("Output"), r.json("Assign"),
                r.string("Next"), r.bool("End"), r.extras("Pass states"));
    }

    private TaskState task(ObjectReader r) {
        TaskState task = new TaskState(r.string("Comment"), queryLanguage(r), r.string("Resource"),
                r.path("InputPath"), r.json("Parameters"), r.json("Arguments"), r.json("ResultSelector"),
                r.path("ResultPath"), r.path("OutputPath"), r.json("Output"), r.json("Assign"), retry(r),
                catchers(r), r.expressibleInteger("TimeoutSeconds"), r.string("TimeoutSecondsPath"),
                r.expressibleInteger("HeartbeatSeconds"), r.string("HeartbeatSecondsPath"), r.json("Credentials"),
                r.string("Next"), r.bool("End"), r.extras("Task states"));
        requireAll(r, "Resource");
        return task;
    }

    private ChoiceState choice(ObjectReader r) {
        String comment = r.string("Comment");
        QueryLanguage ql = queryLanguage(r);
        List<ChoiceRule> choices = r.objectList("Choices", (o, p) -> rules.rule(o, p, true));
        ChoiceState choice = new ChoiceState(comment, ql, r.path("InputPath"), r.path("OutputPath"), choices,
                r.string("Default"), r.json("Output"), r.json("Assign"), r.extras("Choice states"));
        requireAll(r, "Choices");
        return choice;
    }

    private WaitState waitState(ObjectReader r) {
        return new WaitState(r.string("Comment"), queryLanguage(r), r.path("InputPath"), r.path("OutputPath"),
                r.json("Output"), r.json("Assign"), r.expressibleInteger("Seconds"), r.string("SecondsPath"),
                r.string("Timestamp"), r.string("TimestampPath"), r.string("Next"), r.bool("End"),
                r.extras("Wait states"));
    }

    private SucceedState succeed(ObjectReader r) {
        return new SucceedState(r.string("Comment"), queryLanguage(r), r.path("InputPath"), r.path("OutputPath"),
                r.json("Output"), r.extras("Succeed states"));
    }

    private FailState fail(ObjectReader r) {
        return new FailState(r.string("Comment"), queryLanguage(r), r.string("Error"), r.string("ErrorPath"),
                r.string("Cause"), r.string("CausePath"), r.extras("Fail states"));
    }

    private ParallelState parallel(ObjectReader r) {
        String comment = r.string("Comment");
        QueryLanguage ql = queryLanguage(r);
        List<Branch> branches = r.objectList("Branches", this::branch);
        ParallelState parallel = new ParallelState(comment, ql, branches, r.path("InputPath"),
                r.json("Parameters"), r.json("Arguments"), r.json("ResultSelector"), r.path("ResultPath"),
                r.path("OutputPath"), r.json("Output"), r.json("Assign"), retry(r), catchers(r), r.string("Next"),
                r.bool("End"), r.extras("Parallel states"));
        requireAll(r, "Branches");
        return parallel;
    }

    private Branch branch(ObjectNode node, String pointer) {
        ObjectReader r = new ObjectReader(node, pointer, out);
        Branch branch = new Branch(r.string("Comment"), r.string("StartAt"), states(r), r.extras("Parallel branches"));
        requireAll(r, "StartAt", "States");
        return branch;
    }

    private MapState map(ObjectReader r) {
        String comment = r.string("Comment");
        QueryLanguage ql = queryLanguage(r);
        PathField inputPath = r.path("InputPath");
        String itemsPath = r.string("ItemsPath");
        JsonNode items = r.json("Items");
        ItemProcessor itemProcessor = itemProcessor(r, "ItemProcessor");
        ItemProcessor iterator = itemProcessor(r, "Iterator");
        ObjectNode reader = r.object("ItemReader");
        ItemReader itemReader = reader == null ? null : itemReader(reader, r.pointer("ItemReader"));
        JsonNode itemSelector = r.json("ItemSelector");
        JsonNode parameters = r.json("Parameters");
        ObjectNode batcher = r.object("ItemBatcher");
        ItemBatcher itemBatcher = batcher == null ? null : itemBatcher(batcher, r.pointer("ItemBatcher"));
        ObjectNode writer = r.object("ResultWriter");
        ResultWriter resultWriter = writer == null ? null : resultWriter(writer, r.pointer("ResultWriter"));
        MapState map = new MapState(comment, ql, inputPath, itemsPath, items, itemProcessor, iterator, itemReader,
                itemSelector, parameters, itemBatcher, resultWriter, r.expressibleInteger("MaxConcurrency"),
                r.string("MaxConcurrencyPath"), r.expressibleNumber("ToleratedFailurePercentage"),
                r.string("ToleratedFailurePercentagePath"), r.expressibleInteger("ToleratedFailureCount"),
                r.string("ToleratedFailureCountPath"), r.string("Label"), r.json("ResultSelector"),
                r.path("ResultPath"), r.path("OutputPath"), r.json("Output"), r.json("Assign"), retry(r),
                catchers(r), r.string("Next"), r.bool("End"), r.extras("Map states"));
        if (!r.has("ItemProcessor") && !r.has("Iterator")) {
            out.add(DiagnosticCode.MISSING_FIELD, "The field 'ItemProcessor' is required.", r.pointer());
        }
        return map;
    }

    private @Nullable ItemProcessor itemProcessor(ObjectReader owner, String field) {
        ObjectNode node = owner.object(field);
        if (node == null) {
            return null;
        }
        ObjectReader r = new ObjectReader(node, owner.pointer(field), out);
        ObjectNode config = r.object("ProcessorConfig");
        ProcessorConfig processorConfig = null;
        if (config != null) {
            ObjectReader c = new ObjectReader(config, r.pointer("ProcessorConfig"), out);
            processorConfig = new ProcessorConfig(c.string("Mode"), c.string("ExecutionType"),
                    c.extras("ProcessorConfig"));
        }
        ItemProcessor processor = new ItemProcessor(processorConfig, r.string("Comment"), r.string("StartAt"),
                states(r), r.extras(field));
        requireAll(r, "StartAt", "States");
        return processor;
    }

    private ItemReader itemReader(ObjectNode node, String pointer) {
        ObjectReader r = new ObjectReader(node, pointer, out);
        String resource = r.string("Resource");
        JsonNode parameters = r.json("Parameters");
        JsonNode arguments = r.json("Arguments");
        ObjectNode config = r.object("ReaderConfig");
        ReaderConfig readerConfig = null;
        if (config != null) {
            ObjectReader c = new ObjectReader(config, r.pointer("ReaderConfig"), out);
            readerConfig = new ReaderConfig(c.string("InputType"), c.string("CSVHeaderLocation"),
                    c.stringList("CSVHeaders"), c.string("CSVDelimiter"), c.string("ManifestType"),
                    c.expressibleInteger("MaxItems"), c.string("MaxItemsPath"), c.extras("ReaderConfig"));
        }
        ItemReader itemReader = new ItemReader(resource, parameters, arguments, readerConfig, r.extras("ItemReader"));
        requireAll(r, "Resource");
        return itemReader;
    }

    private ItemBatcher itemBatcher(ObjectNode node, String pointer) {
        ObjectReader r = new ObjectReader(node, pointer, out);
        return new ItemBatcher(r.expressibleInteger("MaxItemsPerBatch"), r.string("MaxItemsPerBatchPath"),
                r.expressibleInteger("MaxInputBytesPerBatch"), r.string("MaxInputBytesPerBatchPath"),
                r.json("BatchInput"), r.extras("ItemBatcher"));
    }

    private ResultWriter resultWriter(ObjectNode node, String pointer) {
        ObjectReader r = new ObjectReader(node, pointer, out);
        String resource = r.string("Resource");
        JsonNode parameters = r.json("Parameters");
        JsonNode arguments = r.json("Arguments");
        ObjectNode config = r.object("WriterConfig");
        WriterConfig writerConfig = null;
        if (config != null) {
            ObjectReader c = new ObjectReader(config, r.pointer("WriterConfig"), out);
            writerConfig = new WriterConfig(c.string("OutputType"), c.string("Transformation"),
                    c.extras("WriterConfig"));
        }
        return new ResultWriter(resource, parameters, arguments, writerConfig, r.extras("ResultWriter"));
    }

    private @Nullable List<Retrier> retry(ObjectReader owner) {
        return owner.objectList("Retry", (node, pointer) -> {
            ObjectReader r = new ObjectReader(node, pointer, out);
            Retrier retrier = new Retrier(r.stringList("ErrorEquals"), r.integer("IntervalSeconds"),
                    r.integer("MaxAttempts"), r.number("BackoffRate"), r.integer("MaxDelaySeconds"),
                    r.string("JitterStrategy"), r.string("Comment"), r.extras("retriers"));
            requireAll(r, "ErrorEquals");
            return retrier;
        });
    }

    private @Nullable List<Catcher> catchers(ObjectReader owner) {
        return owner.objectList("Catch", (node, pointer) -> {
            ObjectReader r = new ObjectReader(node, pointer, out);
            Catcher catcher = new Catcher(r.stringList("ErrorEquals"), r.string("Next"), r.path("ResultPath"),
                    r.json("Output"), r.json("Assign"), r.string("Comment"), r.extras("catchers"));
            requireAll(r, "ErrorEquals", "Next");
            return catcher;
        });
    }
}
