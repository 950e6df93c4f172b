package statewise.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The throw-away folders of one UI test: each made fresh, all deleted together after the test, even while a window's
 * atomic save is still moving a file into one of them.
 */
final class TestFolders {

    private final List<Path> made = new ArrayList<>();

    /** A fresh empty folder, deleted by {@link #deleteAll}. */
    Path newFolder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            made.add(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file called {@code name} holding {@code text}, in a fresh folder. */
    Path fileWith(String name, String text) {
        try {
            return Files.writeString(newFolder("statewise-it-files").resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the class-path resource {@code resource} at {@code target}. */
    static Path copyResource(String resource, Path target) {
        try (InputStream in = Objects.requireNonNull(TestFolders.class.getResourceAsStream(resource), resource)) {
            Files.write(target, in.readAllBytes());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every folder made so far. */
    void deleteAll() throws IOException {
        for (Path folder : made) {
            deleteTree(folder);
        }
        made.clear();
    }

    /**
     * Deletes {@code tree}; a second walk covers a file that came or went during the first (an atomic save's
     * temporary file moved into place).
     */
    private static void deleteTree(Path tree) throws IOException {
        try {
            deleteOnce(tree);
        } catch (IOException | UncheckedIOException e) {
            deleteOnce(tree);
        }
    }

    private static void deleteOnce(Path tree) throws IOException {
        if (Files.notExists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
