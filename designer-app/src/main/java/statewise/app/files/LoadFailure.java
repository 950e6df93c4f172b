package statewise.app.files;

/**
 * Why a definition could not be opened, in words for a dialog. A definition that opens but does not parse is not a
 * failure: it opens in the editor with its problems.
 *
 * @param name     the file's name
 * @param location where it was looked for (the absolute path), so the user can check it
 * @param reason   a short reason, e.g. {@code "not UTF-8 text"}
 */
public record LoadFailure(String name, String location, String reason) implements LoadResult {
}
