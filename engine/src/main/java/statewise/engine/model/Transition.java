package statewise.engine.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One outgoing edge of a state: where it goes and why. Transitions stay inside one state graph.
 *
 * @param target the name of the state it goes to
 * @param kind   what kind of field names the target
 * @param index  for {@link Kind#CHOICE} and {@link Kind#CATCH}, the rule's or catcher's position; else -1
 * @param field  the pointer of the naming field relative to the state, e.g. {@code /Choices/2/Next}
 */
public record Transition(String target, Kind kind, int index, String field) {

    /** What kind of field names the target. */
    public enum Kind {
        NEXT,
        CHOICE,
        DEFAULT,
        CATCH
    }

    private static final int FIELDS = 8;
    private static final String[] CHOICE_FIELDS = fields("/Choices/");
    private static final String[] CATCH_FIELDS = fields("/Catch/");

    /** Every transition of {@code state} whose target is written as a string, in document order. */
    public static List<Transition> of(State state) {
        List<Transition> out = new ArrayList<>(2);
        if (state instanceof ChoiceState choice) {
            List<ChoiceRule> rules = choice.choices();
            if (rules != null) {
                for (int i = 0; i < rules.size(); i++) {
                    String next = rules.get(i).next();
                    if (next != null) {
                        out.add(new Transition(next, Kind.CHOICE, i, field(CHOICE_FIELDS, "/Choices/", i)));
                    }
                }
            }
            if (choice.defaultState() != null) {
                out.add(new Transition(choice.defaultState(), Kind.DEFAULT, -1, "/Default"));
            }
            return out;
        }
        if (state.next() != null) {
            out.add(new Transition(state.next(), Kind.NEXT, -1, "/Next"));
        }
        List<Catcher> catchers = state.catchers();
        if (catchers != null) {
            for (int i = 0; i < catchers.size(); i++) {
                String next = catchers.get(i).next();
                if (next != null) {
                    out.add(new Transition(next, Kind.CATCH, i, field(CATCH_FIELDS, "/Catch/", i)));
                }
            }
        }
        return out;
    }

    /** {@code /Choices/i/Next} or {@code /Catch/i/Next}, without building a new string for the first few rules. */
    private static String field(String[] cached, String list, int index) {
        return index < cached.length ? cached[index] : list + index + "/Next";
    }

    private static String[] fields(String list) {
        String[] fields = new String[FIELDS];
        for (int i = 0; i < FIELDS; i++) {
            fields[i] = list + i + "/Next";
        }
        return fields;
    }

    /** True when the state can end its graph: {@code End: true}, Succeed or Fail. */
    public static boolean ends(State state) {
        return Boolean.TRUE.equals(state.end()) || state.type().isTerminal();
    }
}
