package statewise.app.outline;

/**
 * One line of the state outline.
 *
 * @param name    the state's name
 * @param type    its ASL type as written ({@code Task}, {@code Map}...), or {@code ?} when it has none
 * @param depth   0 for top-level states, 1 inside a Parallel branch or Map, and so on
 * @param pointer the JSON Pointer of the state's definition, to find it in the text
 */
public record StateRow(String name, String type, int depth, String pointer) {
}
