package statewise.app.examples;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import statewise.engine.cli.CliStreams;
import statewise.engine.cli.ExitCodes;
import statewise.engine.cli.VersionProvider;

/**
 * {@code statewise examples}: lists the bundled example workflows, or copies them into a folder so the other
 * commands (and the designer) can open, run and test them. Headless: it never loads JavaFX.
 */
@Command(name = "examples",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Lists the example workflows that ship with Statewise, or copies them into DIR with --copy.",
            "Each example is a folder with the definition, a sample input, a mock file and a test suite (and what "
                    + "else it needs to run, e.g. run settings and a local S3 folder), e.g.:",
            "  statewise examples --copy ~/statewise-examples",
            "  statewise test ~/statewise-examples/order-saga/order-saga.asl.json"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Listed, or copied.",
            "2:An unknown example, a file that already exists (nothing is overwritten), or DIR cannot be written."
        })
public final class ExamplesCommand implements Callable<Integer> {

    private final CliStreams streams;

    @Option(names = "--copy", paramLabel = "DIR", description = "Copy the examples into DIR/<example>/.")
    private @Nullable String target;

    @Parameters(paramLabel = "NAME", arity = "0..*",
            description = "Only these examples (default: all), by the names the list shows.")
    private List<String> names = new ArrayList<>();

    public ExamplesCommand(CliStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        List<Example> chosen = new ArrayList<>();
        for (String name : names) {
            Example example = Example.named(name).orElse(null);
            if (example == null) {
                streams.err().println("statewise examples: no example named '" + name + "'; "
                        + "'statewise examples' lists them");
                return ExitCodes.UNREADABLE;
            }
            chosen.add(example);
        }
        if (chosen.isEmpty()) {
            chosen.addAll(List.of(Example.values()));
        }
        return target == null ? list(chosen) : copy(chosen, target);
    }

    private int list(List<Example> examples) {
        int width = examples.stream().mapToInt(e -> e.id().length()).max().orElse(0);
        for (Example example : examples) {
            streams.out().printf("%-" + width + "s  %s: %s%n", example.id(), example.title(), example.description());
        }
        return ExitCodes.OK;
    }

    private int copy(List<Example> examples, String directory) {
        Path parent;
        try {
            parent = Path.of(directory);
        } catch (InvalidPathException e) {
            streams.err().println("statewise examples: " + directory + ": not a valid folder name");
            return ExitCodes.UNREADABLE;
        }
        for (Example example : examples) {
            try {
                Path folder = example.copyTo(parent);
                streams.out().println(folder.resolve(example.definitionFile()));
            } catch (FileAlreadyExistsException e) {
                streams.err().println("statewise examples: " + e.getFile() + " already exists; nothing of '"
                        + example.id() + "' was written");
                return ExitCodes.UNREADABLE;
            } catch (IOException e) {
                streams.err().println("statewise examples: cannot write into " + parent + ": " + e.getMessage());
                return ExitCodes.UNREADABLE;
            }
        }
        return ExitCodes.OK;
    }
}
