package statewise.app.files;

/** What opening a definition gave: the definition, or why it could not be opened. */
public sealed interface LoadResult permits LoadedDefinition, LoadFailure {
}
