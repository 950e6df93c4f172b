package statewise.app.help;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import statewise.engine.cli.VersionProvider;

/**
 * What Help → About reports: the versions of Statewise, its engine, Java, JavaFX and every library on the class
 * path, gathered at the moment the dialog opens. As text it is what a bug report needs, so the dialog copies it.
 *
 * @param runtime   the program and its platform, label to value, in display order
 * @param libraries the libraries, sorted by name
 */
public record AboutFacts(Map<String, String> runtime, List<Library> libraries) {

    static final String APP = "dev.statewise:statewise-designer-app";
    static final String ENGINE = "dev.statewise:statewise-engine";

    public AboutFacts {
        runtime = Collections.unmodifiableMap(new LinkedHashMap<>(runtime));
        libraries = List.copyOf(libraries);
    }

    /** The facts of the running program; JavaFX's version is known once the toolkit has started. */
    public static AboutFacts current() {
        List<Library> libraries = LibraryVersions.onClassPath(AboutFacts.class.getClassLoader());
        Map<String, String> runtime = new LinkedHashMap<>();
        runtime.put("Statewise", LibraryVersions.versionOf(libraries, APP).orElse(VersionProvider.version()));
        runtime.put("Engine", LibraryVersions.versionOf(libraries, ENGINE).orElse(VersionProvider.version()));
        runtime.put("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")");
        runtime.put("JavaFX", System.getProperty("javafx.runtime.version", "not started"));
        runtime.put("Operating system", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " (" + System.getProperty("os.arch") + ")");
        return new AboutFacts(runtime, libraries);
    }

    /** The version of Statewise itself. */
    public String statewise() {
        return runtime.getOrDefault("Statewise", VersionProvider.version());
    }

    /** Every fact as {@code label: value} lines, the libraries after a blank line. */
    public String asText() {
        String head = runtime.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        String libs = libraries.stream().map(l -> l.name() + " " + l.version()).collect(Collectors.joining("\n"));
        return head + "\n\nLibraries:\n" + libs + "\n";
    }
}
