package statewise.engine.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import statewise.engine.model.Branch;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.MapState;
import statewise.engine.model.ParallelState;
import statewise.engine.model.State;
import statewise.engine.model.StateGraph;
import statewise.engine.model.StateMachine;
import statewise.engine.run.ExecutionResult;

/**
 * What a set of executions exercised of a definition: which states were entered (those of Parallel branches and
 * Map bodies included, also those a distributed Map runs as child executions) and which way each Choice state went.
 *
 * <p>The history does not say which Choice rule matched, only where the state went: the state entered right after
 * a {@code ChoiceStateExited} (the event whose {@code previousEventId} is the exit's) is the target, and the rule
 * (or {@code Default}) with that {@code Next} was taken. When several rules (or a rule and {@code Default}) share a
 * target, the history cannot tell them apart: each of them counts the passes and is marked {@code sharedTarget}.
 *
 * @param states  every state of the definition, in document order (a branch's or body's states after their
 *                Parallel or Map state), with how often it was entered
 * @param choices every Choice state with its rules and Default
 */
public record Coverage(List<StateCoverage> states, List<ChoiceCoverage> choices) {

    /** One state and how many times the executions entered it in all. */
    public record StateCoverage(String state, long entered) {
    }

    /** A Choice state's ways out. */
    public record ChoiceCoverage(String state, List<RuleCoverage> rules) {

        public ChoiceCoverage {
            rules = List.copyOf(rules);
        }
    }

    /**
     * One rule of a Choice state, or its Default.
     *
     * @param index        the rule's index in {@code Choices} (0-based), or -1 for {@code Default}
     * @param next         where it goes
     * @param taken        how many times the executions went there from this Choice
     * @param sharedTarget true when another rule of the state goes to the same state, so {@code taken} counts the
     *                     passes of both
     */
    public record RuleCoverage(int index, String next, long taken, boolean sharedTarget) {

        public String label() {
            return index < 0 ? "Default" : "rule " + (index + 1);
        }
    }

    public Coverage {
        states = List.copyOf(states);
        choices = List.copyOf(choices);
    }

    /** The coverage of {@code machine} by {@code executions} (their own histories, not their child executions). */
    public static Coverage of(StateMachine machine, List<ExecutionResult> executions) {
        CoverageTally tally = new CoverageTally();
        for (ExecutionResult execution : executions) {
            execution.history().forEach(tally::onEvent);
            tally.executionEnded();
        }
        return of(machine, tally);
    }

    /** The coverage of {@code machine} by the executions {@code tally} heard. */
    static Coverage of(StateMachine machine, CoverageTally tally) {
        Map<String, State> all = new LinkedHashMap<>();
        collect(machine, all);
        List<StateCoverage> states = new ArrayList<>();
        List<ChoiceCoverage> choices = new ArrayList<>();
        all.forEach((name, state) -> {
            states.add(new StateCoverage(name, tally.entered.getOrDefault(name, 0L)));
            if (state instanceof ChoiceState choice) {
                choices.add(choice(name, choice, tally.targets.getOrDefault(name, Map.of())));
            }
        });
        return new Coverage(states, choices);
    }

    public long statesEntered() {
        return states.stream().filter(s -> s.entered() > 0).count();
    }

    public long choiceWaysTaken() {
        return choices.stream().flatMap(c -> c.rules().stream()).filter(r -> r.taken() > 0).count();
    }

    public long choiceWays() {
        return choices.stream().mapToLong(c -> c.rules().size()).sum();
    }

    /** The coverage for people, one line each: states, then every way out of every Choice state. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        List<String> missed = states.stream().filter(s -> s.entered() == 0).map(StateCoverage::state).toList();
        lines.add("states entered: " + statesEntered() + " of " + states.size()
                + (missed.isEmpty() ? "" : "; never entered: " + String.join(", ", missed)));
        if (!choices.isEmpty()) {
            lines.add("Choice ways taken: " + choiceWaysTaken() + " of " + choiceWays());
        }
        for (ChoiceCoverage choice : choices) {
            for (RuleCoverage rule : choice.rules()) {
                lines.add("  " + choice.state() + " " + rule.label() + " -> " + rule.next() + ": "
                        + (rule.taken() == 0 ? "never taken" : "taken " + rule.taken() + "x")
                        + (rule.sharedTarget() ? " (shares its target: the history cannot tell which rule matched)"
                                : ""));
            }
        }
        return lines;
    }

    private static ChoiceCoverage choice(String name, ChoiceState state, Map<String, Long> taken) {
        List<String> nexts = new ArrayList<>();
        List<ChoiceRule> choiceRules = Objects.requireNonNullElse(state.choices(), List.of());
        choiceRules.forEach(rule -> nexts.add(Objects.requireNonNullElse(rule.next(), "")));
        if (state.defaultState() != null) {
            nexts.add(state.defaultState());
        }
        List<RuleCoverage> rules = new ArrayList<>();
        for (int i = 0; i < nexts.size(); i++) {
            String next = nexts.get(i);
            boolean shared = nexts.indexOf(next) != i || nexts.lastIndexOf(next) != i;
            int index = i < choiceRules.size() ? i : -1;
            rules.add(new RuleCoverage(index, next, taken.getOrDefault(next, 0L), shared));
        }
        return new ChoiceCoverage(name, rules);
    }

    /** Every state of {@code graph} and the graphs inside it, in document order. */
    private static void collect(StateGraph graph, Map<String, State> into) {
        graph.states().forEach((name, state) -> {
            into.putIfAbsent(name, state);
            if (state instanceof ParallelState parallel) {
                Objects.requireNonNullElse(parallel.branches(), List.<Branch>of()).forEach(b -> collect(b, into));
            } else if (state instanceof MapState map && map.processor() != null) {
                collect(map.processor(), into);
            }
        });
    }
}
