package statewise.engine.edit;

import java.util.Objects;
import statewise.engine.model.Transition;

/**
 * One outgoing edge of a state, named the way {@link Transition} names it: the field kind, and for Choice rules
 * and catchers their position.
 *
 * @param source the state the edge leaves
 * @param kind   {@code Next}, a Choice rule, {@code Default} or a catcher
 * @param index  the rule's or catcher's position in {@code Choices} or {@code Catch}; -1 for Next and Default
 */
public record EdgeRef(StateRef source, Transition.Kind kind, int index) {

    public EdgeRef {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        boolean indexed = kind == Transition.Kind.CHOICE || kind == Transition.Kind.CATCH;
        if (indexed ? index < 0 : index != -1) {
            throw new IllegalArgumentException(kind + " edges take " + (indexed ? "an index of 0 or more" : "index -1")
                    + ", not " + index);
        }
    }

    public static EdgeRef next(StateRef source) {
        return new EdgeRef(source, Transition.Kind.NEXT, -1);
    }

    public static EdgeRef defaultOf(StateRef source) {
        return new EdgeRef(source, Transition.Kind.DEFAULT, -1);
    }

    public static EdgeRef choice(StateRef source, int rule) {
        return new EdgeRef(source, Transition.Kind.CHOICE, rule);
    }

    public static EdgeRef catcher(StateRef source, int catcher) {
        return new EdgeRef(source, Transition.Kind.CATCH, catcher);
    }

    /** The edge of {@code transition}, one of the transitions of the state {@code source} names. */
    public static EdgeRef of(StateRef source, Transition transition) {
        return new EdgeRef(source, transition.kind(), transition.index());
    }

    /** How a status bar or a menu names the edge, e.g. "the Default of 'Check'". */
    String describe() {
        return switch (kind) {
            case NEXT -> "the Next of '" + source.name() + "'";
            case DEFAULT -> "the Default of '" + source.name() + "'";
            case CHOICE -> "Choice rule " + (index + 1) + " of '" + source.name() + "'";
            case CATCH -> "catcher " + (index + 1) + " of '" + source.name() + "'";
        };
    }

    /** The sentence saying the source has no such edge, e.g. "'Check' has no Choice rule 3." */
    String missing() {
        String field = switch (kind) {
            case NEXT -> "Next";
            case DEFAULT -> "Default";
            case CHOICE -> "Choice rule " + (index + 1);
            case CATCH -> "catcher " + (index + 1);
        };
        return "'" + source.name() + "' has no " + field + ".";
    }
}
