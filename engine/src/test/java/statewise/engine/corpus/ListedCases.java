package statewise.engine.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a list of corpus case ids with reasons ("{@code <id> <reason>}" per line; blank lines and {@code #}
 * comments ignored) from a test resource: the cases a test knowingly gives another verdict for.
 */
public final class ListedCases {

    private ListedCases() {
    }

    /** id to reason, in file order; empty when the resource does not exist. */
    public static Map<String, String> read(String resource) throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        try (InputStream in = ListedCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                return listed;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    int space = l.indexOf(' ');
                    listed.put(space < 0 ? l : l.substring(0, space), space < 0 ? "" : l.substring(space + 1).strip());
                }
            }
        }
        return listed;
    }
}
