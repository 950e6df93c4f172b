package statewise.app.session;

/** What opening a definition gave: the definition, or why it could not be opened. */
public sealed interface LoadResult permits OpenedDefinition, LoadFailure {
}
