package statewise.app.help;

/**
 * A library on the class path and its version, as its jar describes itself.
 *
 * @param name    {@code groupId:artifactId} from the jar's Maven descriptor, else the bundle or implementation name
 *                its manifest gives
 * @param version the version the same source gives
 */
public record Library(String name, String version) {
}
