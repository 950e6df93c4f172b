package statewise.app.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One example workflow bundled in the jar: the definition, a sample input, a MockConfigFile and a test suite
 * ({@code id.asl.tests.json}) that {@code statewise test} and the designer's test runner pick up next to it. The
 * files are resources, so the packaged application carries them without a folder of its own; {@link #copyTo}
 * writes them where a user can open and change them.
 */
public enum Example {
    ORDER_SAGA("order-saga", "Order saga",
            "Order processing as a saga: reserve stock, charge, ship, and compensate in reverse when a step fails."),
    ML_TRAINING("ml-training", "ML training pipeline",
            "Parallel data preparation, training with retries on capacity errors, an accuracy gate."),
    EVENT_ROUTER("event-router", "Event-driven Express workflow",
            "EventBridge events routed by source and type to DynamoDB and SNS, as an Express workflow would."),
    JSONATA_VARIABLES("jsonata-variables", "JSONata and variables",
            "An invoice computed with JSONata expressions and workflow variables instead of path plumbing.");

    private static final String FOLDER = "/statewise/app/examples/";

    private final String id;
    private final String title;
    private final String description;

    Example(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    /** The folder and file-name stem, e.g. {@code order-saga}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The definition's file name, e.g. {@code order-saga.asl.json}. */
    public String definitionFile() {
        return id + ".asl.json";
    }

    /** Every file of the example, definition first. */
    public List<String> files() {
        return Stream.of(".asl.json", ".input.json", ".mocks.json", ".asl.tests.json").map(suffix -> id + suffix)
                .toList();
    }

    /** The example whose id (or enum name, in any case) is {@code name}. */
    public static Optional<Example> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT).replace('_', '-');
        return Stream.of(values()).filter(e -> e.id.equals(wanted)).findFirst();
    }

    /** The text of one of {@link #files()}; the files ship in the jar, so a missing one is a packaging bug. */
    public String text(String file) {
        try (InputStream in = Example.class.getResourceAsStream(FOLDER + id + "/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The example file is missing from the build: " + id + "/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the example's files into {@code parent/id/} and returns that folder. Existing files are never
     * overwritten: the user may have changed them.
     *
     * @throws FileAlreadyExistsException when one of the files is already there (nothing is written)
     */
    public Path copyTo(Path parent) throws IOException {
        Path folder = parent.resolve(id);
        for (String file : files()) {
            if (Files.exists(folder.resolve(file))) {
                throw new FileAlreadyExistsException(folder.resolve(file).toString());
            }
        }
        Files.createDirectories(folder);
        for (String file : files()) {
            Files.writeString(folder.resolve(file), text(file), StandardOpenOption.CREATE_NEW);
        }
        return folder;
    }
}
