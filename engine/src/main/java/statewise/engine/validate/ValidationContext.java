package statewise.engine.validate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.document.JsonPointer;
import statewise.engine.document.Severity;
import statewise.engine.document.SourceMap;
import statewise.engine.document.SourceSpan;
import statewise.engine.document.SpanAnchor;
import statewise.engine.document.StringSpans;
import statewise.engine.model.Branch;
import statewise.engine.model.ItemProcessor;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;

/**
 * What a rule sees: the document, every state (nested ones included) with its pointer and query language, every
 * state graph, and a place to report diagnostics.
 */
public final class ValidationContext {

    /** A state graph and the pointer of the object that holds its {@code StartAt} and {@code States}. */
    public record GraphVisit(StateGraph graph, String pointer) {
    }

    private final AslDocument document;
    private final ValidationOptions options;
    private final @Nullable StateMachine machine;
    private final QueryLanguage defaultQueryLanguage;
    private final List<StateVisit> states = new ArrayList<>();
    private final List<GraphVisit> graphs = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<StateGraph, GraphShape> shapes = new IdentityHashMap<>();

    ValidationContext(AslDocument document, ValidationOptions options) {
        this.document = document;
        this.options = options;
        this.machine = document.stateMachine();
        this.defaultQueryLanguage = machine == null ? QueryLanguage.JSONPATH : machine.defaultQueryLanguage();
        if (machine != null) {
            collect(machine, JsonPointer.ROOT, 0);
        } else if (document.state() != null) {
            collectState("", document.state(), JsonPointer.ROOT, null, JsonPointer.ROOT, 0);
        }
    }

    private void collect(StateGraph graph, String graphPointer, int depth) {
        graphs.add(new GraphVisit(graph, graphPointer));
        String statesPointer = JsonPointer.child(graphPointer, "States");
        for (Map.Entry<String, State> e : graph.states().entrySet()) {
            collectState(e.getKey(), e.getValue(), JsonPointer.child(statesPointer, e.getKey()), graph,
                    graphPointer, depth);
        }
    }

    private void collectState(String name, State state, String pointer, @Nullable StateGraph graph,
            String graphPointer, int depth) {
        QueryLanguage ql = state.effectiveQueryLanguage(defaultQueryLanguage);
        states.add(new StateVisit(name, state, pointer, graph == null ? EMPTY_GRAPH : graph, graphPointer, ql,
                depth));
        if (state instanceof ParallelState parallel && parallel.branches() != null) {
            List<Branch> branches = parallel.branches();
            for (int i = 0; i < branches.size(); i++) {
                collect(branches.get(i), JsonPointer.child(JsonPointer.child(pointer, "Branches"), i), depth + 1);
            }
        } else if (state instanceof MapState map) {
            collectProcessor(map.itemProcessor(), JsonPointer.child(pointer, "ItemProcessor"), depth);
            collectProcessor(map.iterator(), JsonPointer.child(pointer, "Iterator"), depth);
        }
    }

    private void collectProcessor(@Nullable ItemProcessor processor, String pointer, int depth) {
        if (processor != null) {
            collect(processor, pointer, depth + 1);
        }
    }

    private static final StateGraph EMPTY_GRAPH = new Branch(null, null, Map.of(), Map.of());

    public AslDocument document() {
        return document;
    }

    public ValidationOptions options() {
        return options;
    }

    /** The state machine, or null for a single-state document or one that is not an object. */
    public @Nullable StateMachine machine() {
        return machine;
    }

    /** True when validating a single state (TestState form): there are no transitions to check. */
    public boolean isSingleState() {
        return document.kind() == AslDocument.Kind.STATE;
    }

    public QueryLanguage defaultQueryLanguage() {
        return defaultQueryLanguage;
    }

    /** Every state, depth-first in document order (a Parallel or Map state comes before its children). */
    public List<StateVisit> states() {
        return states;
    }

    /** Every state graph: the state machine first, then branches and item processors in document order. */
    public List<GraphVisit> graphs() {
        return graphs;
    }

    public SourceMap sourceMap() {
        return document.sourceMap();
    }

    /** The transition graph of {@code graph}, built once per validation. */
    GraphShape shape(StateGraph graph) {
        return shapes.computeIfAbsent(graph, GraphShape::new);
    }

    /** True when the document has an element at {@code pointer} (whatever its shape). */
    public boolean has(String pointer) {
        return document.sourceMap().contains(pointer);
    }

    public void report(DiagnosticCode code, String message, String pointer) {
        report(code, code.severity(), message, pointer);
    }

    public void report(DiagnosticCode code, Severity severity, String message, String pointer) {
        diagnostics.add(new Diagnostic(code.id(), severity, message, pointer,
                sourceMap().locate(pointer, code.anchor())));
    }

    /**
     * Reports about the element at {@code pointer} but underlines {@code spanPointer} inside it: AWS names the
     * whole payload template when one of its values is wrong, while a reader wants to see that value.
     */
    public void reportWithin(DiagnosticCode code, String message, String pointer, String spanPointer) {
        reportWithin(code, message, pointer, spanPointer, code.anchor());
    }

    /**
     * Like {@link #reportWithin(DiagnosticCode, String, String, String)}, underlining {@code anchor} of
     * {@code spanPointer} where the code's usual anchor is not the part that is wrong: a bad variable name is an
     * invalid value, but what is wrong is the key of the {@code Assign} member.
     */
    public void reportWithin(DiagnosticCode code, String message, String pointer, String spanPointer,
            SpanAnchor anchor) {
        diagnostics.add(new Diagnostic(code.id(), code.severity(), message, pointer,
                sourceMap().locate(spanPointer, anchor)));
    }

    /**
     * Reports about the string at {@code pointer} and underlines its characters {@code from} to {@code to} (offsets
     * into {@code value}, the string as the model holds it): where inside a {@code {% %}} expression the syntax
     * error is. Where that part cannot be found in the text (a YAML block scalar), the field is underlined instead.
     */
    public void reportInString(DiagnosticCode code, String message, String pointer, String value, int from, int to) {
        SourceSpan span = StringSpans.within(document, pointer, value, from, to);
        diagnostics.add(new Diagnostic(code.id(), code.severity(), message, pointer,
                span == null ? sourceMap().locate(pointer, code.anchor()) : span));
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
