package statewise.engine.run.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.TaskResolver;
import statewise.engine.run.service.LocalS3;

/**
 * The S3 objects of one distributed-Map case, as local files in a temporary folder made for its run: a copy of the
 * case's folder of recorded objects, if it has one, where its ItemReader reads and its ResultWriter writes. Only
 * cases whose Map reads or writes S3 get one; other S3 calls keep their recorded answers. Closing it deletes the
 * folder.
 */
final class CaseObjects implements AutoCloseable {

    private final Path root;

    private CaseObjects(Path root) {
        this.root = root;
    }

    /** The objects of {@code testCase} under {@code folder}, or null when it has no ItemReader or ResultWriter. */
    static @Nullable CaseObjects of(ConformanceCase testCase, @Nullable Path folder) throws IOException {
        String definition = testCase.definition().toString();
        if (folder == null || !definition.contains("\"ItemReader\"") && !definition.contains("\"ResultWriter\"")) {
            return null;
        }
        Path root = Files.createTempDirectory("statewise-s3-");
        Path recorded = folder.resolve(testCase.id());
        if (Files.isDirectory(recorded)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(recorded)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : files) {
                Path copy = root.resolve(recorded.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return new CaseObjects(root);
    }

    /** {@code next} with the case's S3 calls answered from the folder. */
    TaskResolver resolver(TaskResolver next) {
        return new LocalS3(root, next);
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary S3 folder " + root, e);
        }
    }
}
