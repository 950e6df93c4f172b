package statewise.engine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import statewise.engine.run.ExecutionResult;
import statewise.engine.run.conformance.CaseResult;
import statewise.engine.run.conformance.ConformanceCase;
import statewise.engine.run.conformance.ConformanceReport;
import statewise.engine.run.conformance.ConformanceRunner;

/**
 * {@code statewise conformance}: runs cases recorded against AWS (the shared corpus format) through the
 * interpreter and says, case by case, where our execution differs from AWS's; then the pass counts per category
 * and kind. This is how interpreter work is measured.
 */
@Command(name = "conformance",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Runs every conformance case under DIR (recorded AWS executions) and compares our execution with AWS's.",
            "Prints each failing case with its differences, then pass counts per folder/category and per kind, "
                    + "then 'N passed, M failed'. Kinds other than executions are skipped for now."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every case that ran passed.",
            "1:At least one case failed.",
            "2:DIR or a case file could not be read, --out could not be written, or wrong usage.",
            "3:Internal error."
        })
public final class ConformanceCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CliStreams streams;
    private @Nullable IOException writeFailure;

    @Parameters(paramLabel = "DIR", description = "A folder of case files (*.json, searched at any depth), e.g. "
            + "shared/conformance/cases.")
    private String dir = "";

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write each case's actual result to DIR/<id>.json, shaped like 'run --format json'.")
    private @Nullable String out;

    @Option(names = "--filter", paramLabel = "SUBSTRING",
            description = "Run only the cases whose id or folder/category contains SUBSTRING.")
    private @Nullable String filter;

    @Option(names = "--s3-objects", paramLabel = "DIR",
            description = "The S3 objects distributed-Map cases read: DIR/<case id>/BUCKET/KEY (each case runs on a "
                    + "temporary copy, where its ResultWriter writes too).")
    private @Nullable String s3Objects;

    public ConformanceCommand(CliStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        try {
            List<ConformanceCase> cases = ConformanceCase.readAll(path(dir, true)).stream()
                    .filter(c -> filter == null || c.id().contains(filter) || c.group().contains(filter))
                    .toList();
            Path outDir = out == null ? null : Files.createDirectories(path(out, false));
            ConformanceRunner runner = s3Objects == null ? ConformanceRunner.interpreter()
                    : ConformanceRunner.interpreter().withObjects(path(s3Objects, true));
            ConformanceReport report = runner.runAll(cases, result -> {
                result.report().forEach(streams.out()::println);
                streams.out().flush();
                write(result, outDir);
            });
            report.table().forEach(streams.out()::println);
            streams.out().println(report.summary());
            if (writeFailure != null) {
                throw writeFailure;
            }
            return report.total().failed() > 0 ? ExitCodes.ERRORS : ExitCodes.OK;
        } catch (IOException e) {
            streams.err().println("statewise conformance: " + describe(e));
            return ExitCodes.UNREADABLE;
        } finally {
            streams.out().flush();
            streams.err().flush();
        }
    }

    /** Writes the case's actual result; the first failure is kept and ends the command with exit code 2. */
    private void write(CaseResult result, @Nullable Path outDir) {
        ExecutionResult actual = result.actual();
        if (outDir == null || actual == null || writeFailure != null) {
            return;
        }
        Path file = outDir.resolve(result.testCase().id() + ".json");
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), ExecutionJson.of(actual));
        } catch (IOException e) {
            writeFailure = new UnreadableInputException(file.toString(), "cannot be written (" + e.getMessage()
                    + ")", e);
        }
    }

    private static Path path(String name, boolean mustExist) throws IOException {
        try {
            Path path = Path.of(name);
            if (mustExist && !Files.exists(path)) {
                throw new UnreadableInputException(name, "no such file or directory");
            }
            return path;
        } catch (InvalidPathException e) {
            throw new UnreadableInputException(name, "not a valid file name", e);
        }
    }

    private static String describe(IOException e) {
        return e instanceof UnreadableInputException u ? u.source() + ": " + u.reason()
                : String.valueOf(e.getMessage());
    }
}
