package statewise.engine.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.validate.ValidationOptions;
import statewise.engine.validate.Validator;

/**
 * {@code statewise validate}: checks definitions the way AWS Step Functions would before deploying them, for
 * scripts, CI and editors. Prints one line per diagnostic (or one JSON document) and exits 0, 1 or 2 so a
 * pipeline can stop on errors.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks ASL definitions (state machines, or single states as the TestState API takes them).",
            "Prints 'file:line:col: severity code message' per diagnostic in reading order on standard output "
                    + "and a summary line on standard error. Errors and warnings are shown; infos only with "
                    + "--verbose."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:No errors (warnings allowed).",
            "1:At least one error.",
            "2:An input could not be read (missing, a directory, not UTF-8 text), or wrong usage.",
            "3:Internal error."
        })
public final class ValidateCommand implements Callable<Integer> {

    private final CliStreams streams;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Definitions to check: .asl.json, .asl.yaml, .json, .yaml... YAML is chosen by a "
                    + ".yaml/.yml name, else by content. '-' reads standard input.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text (default) or json. JSON is one document with every file, its "
                    + "diagnostics and the counts.")
    private OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--express", description = "Validate for an EXPRESS state machine.")
    private boolean express;

    @Option(names = "--no-warnings", description = "Report errors only (and infos with --verbose).")
    private boolean noWarnings;

    @Option(names = {"-v", "--verbose"}, description = "Also report infos (e.g. template placeholders).")
    private boolean verbose;

    @Option(names = "--list-codes", description = "Print the catalogue of diagnostic codes and exit.")
    private boolean listCodes;

    public ValidateCommand(CliStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        if (listCodes) {
            CodeCatalogueWriter.write(format, streams.out());
            streams.out().flush();
            return ExitCodes.OK;
        }
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing FILE: name at least one definition, or '-'.");
        }
        ValidationOptions options = ValidationOptions.DEFAULT.withExpress(express).withWarnings(!noWarnings);
        List<FileResult> results = files.stream().map(file -> check(file, options)).toList();
        ValidationTotals totals = ValidationTotals.of(results);
        if (format == OutputFormat.JSON) {
            JsonReportWriter.write(results, totals, streams.out());
        } else {
            results.forEach(result -> TextReportWriter.write(result, streams.out()));
        }
        results.stream().filter(r -> r.unreadable() != null)
                .forEach(r -> streams.err().println("statewise: " + r.name() + ": " + r.unreadable()));
        streams.err().println(totals.summary());
        streams.out().flush();
        streams.err().flush();
        return totals.exitCode();
    }

    private FileResult check(String file, ValidationOptions options) {
        try {
            boolean stdin = "-".equals(file);
            String name = stdin ? DefinitionFile.STDIN_NAME : file;
            String text = stdin ? DefinitionFile.read(streams.in(), name) : DefinitionFile.read(path(file), name);
            AslDocument document = DefinitionFile.parse(name, text);
            List<Diagnostic> shown = Validator.validate(document, options).stream()
                    .filter(this::shown)
                    .sorted(Diagnostic.READING_ORDER)
                    .toList();
            return FileResult.read(name, document, shown);
        } catch (UnreadableInputException e) {
            return FileResult.unreadable(e);
        }
    }

    private static Path path(String file) throws UnreadableInputException {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new UnreadableInputException(file, "not a valid file name", e);
        }
    }

    private boolean shown(Diagnostic diagnostic) {
        return switch (diagnostic.severity()) {
            case ERROR -> true;
            case WARNING -> !noWarnings;
            case INFO -> verbose;
        };
    }
}
