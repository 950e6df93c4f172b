package statewise.app.examples;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import statewise.app.files.BundledText;

/**
 * One example workflow bundled in the jar: the definition, a sample input, a MockConfigFile and a test suite
 * ({@code id.asl.tests.json}) that {@code statewise test} and the designer's test runner pick up next to it, and
 * whatever else it needs to run out of the box (run settings, the files of a local S3 folder). The
 * files are resources, so the packaged application carries them without a folder of its own; {@link #copyTo}
 * writes them where a user can open and change them.
 */
public enum Example {
    ORDER_SAGA("order-saga", "Order saga",
            "Order processing as a saga: reserve stock, charge, ship, and compensate in reverse when a step fails."),
    ETL_BATCH("etl-batch", "ETL batch",
            "A distributed Map loads a CSV export from (local) S3 in batches, tolerates a bad batch, writes a "
                    + "report.",
            ".asl.run.json", "s3/acme-exports/orders/2024-06-01.csv"),
    HUMAN_APPROVAL("human-approval", "Human approval",
            "An expense waits for a manager's answer through a callback task token; no answer escalates it."),
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
    private final List<String> files;

    /**
     * @param extras the example's further files: a suffix of its id (starting with a dot, e.g. its run settings
     *               {@code .asl.run.json}) or a path inside its folder (e.g. the objects of its local S3 folder)
     */
    Example(String id, String title, String description, String... extras) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.files = Stream.concat(Stream.of(".asl.json", ".input.json", ".mocks.json", ".asl.tests.json"),
                        Stream.of(extras))
                .map(file -> file.startsWith(".") ? id + file : file).toList();
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

    /**
     * Every file of the example, definition first, as paths relative to its folder with {@code /} between
     * folders.
     */
    public List<String> files() {
        return files;
    }

    /** The example whose id (or enum name, in any case) is {@code name}. */
    public static Optional<Example> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT).replace('_', '-');
        return Stream.of(values()).filter(e -> e.id.equals(wanted)).findFirst();
    }

    /** The text of one of {@link #files()}. */
    public String text(String file) {
        return BundledText.read(FOLDER + id + "/" + file);
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
        for (String file : files()) {
            Path target = folder.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text(file), StandardOpenOption.CREATE_NEW);
        }
        return folder;
    }
}
