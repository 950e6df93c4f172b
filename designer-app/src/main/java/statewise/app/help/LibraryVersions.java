package statewise.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The versions of the libraries the running program was built with, read from the jars themselves (their Maven
 * descriptor {@code META-INF/maven/GROUP/ARTIFACT/pom.properties}, else their manifest), so Help → About never
 * names a version the build no longer ships. Jars that describe themselves in neither way are left out.
 */
public final class LibraryVersions {

    private static final System.Logger LOG = System.getLogger(LibraryVersions.class.getName());
    private static final Pattern DESCRIPTOR = Pattern.compile("META-INF/maven/[^/]+/[^/]+/pom\\.properties");

    private LibraryVersions() {
    }

    /** Every self-describing jar {@code loader} sees, sorted by name, each name once. */
    public static List<Library> onClassPath(ClassLoader loader) {
        TreeMap<String, Library> found = new TreeMap<>();
        try {
            Enumeration<URL> manifests = loader.getResources(JarFile.MANIFEST_NAME);
            for (URL url : Collections.list(manifests)) {
                jarOf(url).flatMap(LibraryVersions::describe).ifPresent(l -> found.putIfAbsent(l.name(), l));
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not list the class path's jars: " + e);
        }
        return List.copyOf(found.values());
    }

    /** The version of the library named {@code name} (e.g. {@code dev.statewise:statewise-engine}) in {@code all}. */
    public static Optional<String> versionOf(List<Library> all, String name) {
        return all.stream().filter(l -> l.name().equals(name)).map(Library::version).findFirst();
    }

    /** What the jar at {@code file} says about itself: its Maven descriptor first, else its manifest. */
    static Optional<Library> describe(Path file) {
        try (JarFile jar = new JarFile(file.toFile())) {
            List<Library> descriptors = new ArrayList<>();
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (DESCRIPTOR.matcher(entry.getName()).matches()) {
                    fromDescriptor(jar, entry).ifPresent(descriptors::add);
                }
            }
            if (!descriptors.isEmpty()) {
                descriptors.sort(Comparator.comparing(Library::name));
                return Optional.of(descriptors.get(0));
            }
            return fromManifest(jar.getManifest());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Not a readable jar: " + file + ": " + e);
            return Optional.empty();
        }
    }

    private static Optional<Library> fromDescriptor(JarFile jar, JarEntry entry) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = jar.getInputStream(entry)) {
            properties.load(in);
        }
        String group = properties.getProperty("groupId");
        String artifact = properties.getProperty("artifactId");
        String version = properties.getProperty("version");
        return group == null || artifact == null || version == null ? Optional.empty()
                : Optional.of(new Library(group + ":" + artifact, version));
    }

    private static Optional<Library> fromManifest(@Nullable Manifest manifest) {
        if (manifest == null) {
            return Optional.empty();
        }
        Attributes main = manifest.getMainAttributes();
        String name = first(main, "Bundle-SymbolicName", "Automatic-Module-Name", "Implementation-Title");
        String version = first(main, "Bundle-Version", "Implementation-Version");
        if (name == null || version == null) {
            return Optional.empty();
        }
        int parameters = name.indexOf(';');
        return Optional.of(new Library(parameters < 0 ? name.trim() : name.substring(0, parameters).trim(),
                version.trim()));
    }

    private static @Nullable String first(Attributes attributes, String... names) {
        for (String name : names) {
            String value = attributes.getValue(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** The jar file a {@code jar:file:…!/META-INF/MANIFEST.MF} URL points into; empty for folders and others. */
    private static Optional<Path> jarOf(URL manifest) {
        String text = manifest.toString();
        int separator = text.indexOf("!/");
        if (!text.startsWith("jar:file:") || separator < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(new URL(text.substring(4, separator)).toURI()));
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
