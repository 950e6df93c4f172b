package statewise.app.debug.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import statewise.engine.run.service.RunSettings;
import statewise.engine.suite.TestSuite;

/**
 * The files the debugger finds next to a workflow: for {@code order.asl.json}, the mock file
 * {@code order.mocks.json} (or {@code order.asl.mocks.json}), the test suite {@code order.asl.tests.json} and the
 * named saved inputs {@code order.asl.inputs.json}.
 */
public record WorkflowFiles(Path definition) {

    /** The definition's name without its extension: {@code order.asl}. */
    public String stem() {
        String name = definition.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : List.of(".json", ".yaml", ".yml")) {
            if (lower.endsWith(extension)) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }

    /** The workflow's name without {@code .asl}: {@code order}. */
    public String baseName() {
        String stem = stem();
        return stem.toLowerCase(Locale.ROOT).endsWith(".asl") ? stem.substring(0, stem.length() - 4) : stem;
    }

    /** The mock file next to the workflow, when there is one. */
    public Optional<Path> mocks() {
        return List.of(sibling(baseName() + ".mocks.json"), sibling(stem() + ".mocks.json")).stream()
                .filter(Files::isRegularFile).findFirst();
    }

    /** The test suite file next to the workflow, when there is one. */
    public Optional<Path> tests() {
        Path file = sibling(TestSuite.sidecarName(definition.getFileName().toString()));
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * The run settings next to the workflow ({@code order.asl.run.json}: its local S3 folder, endpoints and allowed
     * hosts), or none when there is no such file.
     *
     * @throws IllegalArgumentException when the file is not valid settings, with a message naming the field
     */
    public RunSettings runSettings() throws IOException {
        Path file = sibling(RunSettings.sidecarName(definition.getFileName().toString()));
        return Files.isRegularFile(file) ? RunSettings.read(Files.readString(file, StandardCharsets.UTF_8), file)
                : RunSettings.NONE;
    }

    /** Where the named saved inputs live (the file may not exist yet). */
    public Path inputs() {
        return sibling(stem() + ".inputs.json");
    }

    private Path sibling(String name) {
        Path folder = definition.toAbsolutePath().getParent();
        return folder == null ? Path.of(name) : folder.resolve(name);
    }
}
