package statewise.engine.edit;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.Branch;
import statewise.engine.model.ItemProcessor;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;

/**
 * Finding and replacing state graphs by pointer: the state machine, a Parallel branch ({@code .../Branches/0}) or
 * a Map's item processor ({@code .../ItemProcessor} or {@code .../Iterator}), at any depth. The model has no
 * setters, so replacing a nested graph rebuilds each enclosing state and graph on the way up.
 */
final class Graphs {

    /** What an edit changes in a graph: its start and its states, in document order. */
    record Parts(@Nullable String startAt, Map<String, State> states) {
    }

    /** A graph and where it is. */
    record Located(String pointer, StateGraph graph) {
    }

    private static final AtomicReference<NamesMemo> NAMES =
            new AtomicReference<>(new NamesMemo(new WeakReference<>(null), Set.of()));

    private Graphs() {
    }

    /** The graph at {@code pointer}, or null when the pointer names no graph. */
    static @Nullable StateGraph find(StateMachine machine, String pointer) {
        if (pointer.isEmpty()) {
            return machine;
        }
        List<String> tokens;
        try {
            tokens = JsonPointer.tokens(pointer);
        } catch (IllegalArgumentException e) {
            return null;
        }
        StateGraph graph = machine;
        int i = 0;
        while (graph != null && i < tokens.size()) {
            Step step = step(graph, tokens, i);
            graph = step == null ? null : step.inner();
            i += step == null ? 0 : step.length();
        }
        return graph;
    }

    /** The graph at {@code pointer}; throws when there is none. */
    static StateGraph require(StateMachine machine, String pointer) {
        StateGraph graph = find(machine, pointer);
        if (graph == null) {
            throw new IllegalArgumentException("No state graph at '" + pointer + "'.");
        }
        return graph;
    }

    /** The state {@code ref} names; throws when there is none. */
    static State state(StateMachine machine, StateRef ref) {
        State state = require(machine, ref.graph()).states().get(ref.name());
        if (state == null) {
            throw new IllegalArgumentException("No state '" + ref.name() + "' in this graph.");
        }
        return state;
    }

    /** The state machine with the graph at {@code pointer} changed by {@code change}. */
    static StateMachine update(StateMachine machine, String pointer, UnaryOperator<Parts> change) {
        require(machine, pointer);
        List<String> tokens = pointer.isEmpty() ? List.of() : JsonPointer.tokens(pointer);
        return (StateMachine) update(machine, tokens, 0, change);
    }

    /** The state machine with one state of the graph at {@code graph} replaced. */
    static StateMachine replaceState(StateMachine machine, String graph, String name, State state) {
        return update(machine, graph, parts -> {
            Map<String, State> states = new LinkedHashMap<>(parts.states());
            if (states.replace(name, state) == null) {
                throw new IllegalArgumentException("No state '" + name + "'.");
            }
            return new Parts(parts.startAt(), states);
        });
    }

    private static StateGraph update(StateGraph graph, List<String> tokens, int i, UnaryOperator<Parts> change) {
        if (i == tokens.size()) {
            return with(graph, change.apply(new Parts(graph.startAt(), graph.states())));
        }
        Step step = step(graph, tokens, i);
        if (step == null) {
            throw new IllegalArgumentException("No state graph at " + tokens);
        }
        StateGraph inner = update(step.inner(), tokens, i + step.length(), change);
        State owner = graph.states().get(tokens.get(i + 1));
        State rebuilt = owner instanceof ParallelState parallel
                ? withBranch(parallel, Integer.parseInt(tokens.get(i + 3)), (Branch) inner)
                : withProcessor((MapState) owner, (ItemProcessor) inner, tokens.get(i + 2).equals("Iterator"));
        Map<String, State> states = new LinkedHashMap<>(graph.states());
        states.put(tokens.get(i + 1), rebuilt);
        return with(graph, new Parts(graph.startAt(), states));
    }

    /** One step down: {@code States/<name>/Branches/<i>}, {@code States/<name>/ItemProcessor} or {@code Iterator}. */
    private record Step(StateGraph inner, int length) {
    }

    private static @Nullable Step step(StateGraph graph, List<String> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i).equals("States")) {
            return null;
        }
        State state = graph.states().get(tokens.get(i + 1));
        String field = tokens.get(i + 2);
        if (state instanceof ParallelState parallel && field.equals("Branches") && i + 3 < tokens.size()) {
            List<Branch> branches = parallel.branches();
            int index = index(tokens.get(i + 3));
            return branches == null || index < 0 || index >= branches.size() ? null
                    : new Step(branches.get(index), 4);
        }
        if (state instanceof MapState map) {
            ItemProcessor processor = field.equals("ItemProcessor") ? map.itemProcessor()
                    : field.equals("Iterator") ? map.iterator() : null;
            return processor == null ? null : new Step(processor, 3);
        }
        return null;
    }

    private static int index(String token) {
        if (token.isEmpty() || token.length() > 9 || !token.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(token);
    }

    static StateGraph with(StateGraph graph, Parts parts) {
        if (graph instanceof StateMachine m) {
            return new StateMachine(m.comment(), parts.startAt(), parts.states(), m.version(), m.timeoutSeconds(),
                    m.queryLanguage(), m.extras());
        }
        if (graph instanceof Branch b) {
            return new Branch(b.comment(), parts.startAt(), parts.states(), b.extras());
        }
        ItemProcessor p = (ItemProcessor) graph;
        return new ItemProcessor(p.processorConfig(), p.comment(), parts.startAt(), parts.states(), p.extras());
    }

    static ParallelState withBranch(ParallelState p, int index, Branch branch) {
        List<Branch> branches = new ArrayList<>(p.branches() == null ? List.of() : p.branches());
        branches.set(index, branch);
        return withBranches(p, branches);
    }

    static ParallelState withBranches(ParallelState p, List<Branch> branches) {
        return new ParallelState(p.comment(), p.queryLanguage(), branches, p.inputPath(), p.parameters(),
                p.arguments(), p.resultSelector(), p.resultPath(), p.outputPath(), p.output(), p.assign(), p.retry(),
                p.catchers(), p.next(), p.end(), p.extras());
    }

    static MapState withProcessor(MapState m, ItemProcessor processor, boolean iterator) {
        return new MapState(m.comment(), m.queryLanguage(), m.inputPath(), m.itemsPath(), m.items(),
                iterator ? m.itemProcessor() : processor, iterator ? processor : m.iterator(), m.itemReader(),
                m.itemSelector(), m.parameters(), m.itemBatcher(), m.resultWriter(), m.maxConcurrency(),
                m.maxConcurrencyPath(), m.toleratedFailurePercentage(), m.toleratedFailurePercentagePath(),
                m.toleratedFailureCount(), m.toleratedFailureCountPath(), m.label(), m.resultSelector(),
                m.resultPath(), m.outputPath(), m.output(), m.assign(), m.retry(), m.catchers(), m.next(), m.end(),
                m.extras());
    }

    /** Every graph of the state machine with its pointer: the machine first, then nested ones depth-first. */
    static List<Located> all(StateMachine machine) {
        List<Located> out = new ArrayList<>();
        collect(machine, "", out);
        return out;
    }

    /** The graphs nested in one state (its branches or item processor), depth-first, with their pointers. */
    static List<Located> nested(State state, String pointer) {
        List<Located> out = new ArrayList<>();
        collectNested(state, pointer, out);
        return out;
    }

    private static void collect(StateGraph graph, String pointer, List<Located> out) {
        out.add(new Located(pointer, graph));
        String states = JsonPointer.child(pointer, "States");
        graph.states().forEach((name, state) -> collectNested(state, JsonPointer.child(states, name), out));
    }

    private static void collectNested(State state, String pointer, List<Located> out) {
        if (state instanceof ParallelState parallel && parallel.branches() != null) {
            for (int i = 0; i < parallel.branches().size(); i++) {
                collect(parallel.branches().get(i), JsonPointer.child(JsonPointer.child(pointer, "Branches"), i), out);
            }
        } else if (state instanceof MapState map) {
            if (map.itemProcessor() != null) {
                collect(map.itemProcessor(), JsonPointer.child(pointer, "ItemProcessor"), out);
            }
            if (map.iterator() != null) {
                collect(map.iterator(), JsonPointer.child(pointer, "Iterator"), out);
            }
        }
    }

    /**
     * {@link #allNames}, unmodifiable and remembered for the state machine last asked about (held weakly; models
     * are immutable): adding a state asks three times about the same machine, to name the state, to check the name
     * and to apply the edit, and each walk of a large machine costs a set of every name.
     */
    static Set<String> names(StateMachine machine) {
        NamesMemo memo = NAMES.get();
        if (memo.machine().get() == machine) {
            return memo.names();
        }
        Set<String> names = Collections.unmodifiableSet(allNames(machine));
        NAMES.set(new NamesMemo(new WeakReference<>(machine), names));
        return names;
    }

    /** A state machine, held weakly, with its names. */
    private record NamesMemo(WeakReference<StateMachine> machine, Set<String> names) {
    }

    /** Every state name used anywhere in the state machine (names are unique machine-wide), in a new set. */
    static Set<String> allNames(StateMachine machine) {
        Set<String> names = new HashSet<>();
        for (Located g : all(machine)) {
            names.addAll(g.graph().states().keySet());
        }
        return names;
    }

    /** The names of the states nested inside {@code state} (not its own name). */
    static List<String> nestedNames(State state) {
        List<String> names = new ArrayList<>();
        for (Located g : nested(state, "")) {
            names.addAll(g.graph().states().keySet());
        }
        return names;
    }
}
