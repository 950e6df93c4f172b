package statewise.engine.validate;

/**
 * A rule whose findings about a state depend only on that state's own text and model, its name and pointer, its
 * query language and the document-wide settings (the options, the state machine's query language, the kind of
 * document): never on another state. That is what lets {@link IncrementalValidator} keep a state's findings while
 * its text stays the same. Rules that look across states (transition targets, reachability, unique names, variable
 * scopes) stay plain {@link Rule}s and see the whole document every time.
 */
interface StateRule extends Rule {

    /** Reports what is wrong with {@code visit} alone, pointing at it or inside it. */
    void checkState(ValidationContext context, StateVisit visit);

    @Override
    default void check(ValidationContext context) {
        for (StateVisit visit : context.states()) {
            checkState(context, visit);
        }
    }
}
