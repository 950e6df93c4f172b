package statewise.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import statewise.app.shell.DesignerLauncher;
import statewise.app.theme.ThemeChoice;
import statewise.engine.cli.CliStreams;
import statewise.engine.cli.DefinitionFile;
import statewise.engine.cli.ExitCodes;
import statewise.engine.cli.UnreadableInputException;
import statewise.engine.cli.VersionProvider;

/**
 * {@code statewise open [FILE]}: starts the designer. A file that cannot be read is reported on the terminal, as
 * every other command does, instead of starting a window only to show an error in it.
 */
@Command(name = OpenCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Starts the designer with FILE open, or with the bundled sample workflow when no FILE is given.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The designer was closed (or the screenshot was written).",
            "2:FILE could not be read, a bad --size or --theme, or --report-startup with --screenshot.",
            "3:The screenshot could not be written.",
            "4:The designer could not start (no display, or GTK 3 missing)."
        })
public final class OpenCommand implements Callable<Integer> {

    /** The command's name; {@code statewise} without arguments runs it too. */
    public static final String NAME = "open";

    /**
     * The options that take a value, for {@link Main} to tell {@code --theme dark} from {@code --report-startup FILE}
     * before the command line is parsed. Asking picocli instead would first build its model of this command, some
     * 100 ms of a cold start before the toolkit could start: most of the head start the guess is for. A test checks
     * these names against that model.
     */
    static final Set<String> VALUE_OPTIONS = Set.of("--screenshot", "--size", "--theme");

    /** The toolkit could not start: no display, or native libraries missing. */
    static final int CANNOT_START = 4;

    private static final Pattern SIZE = Pattern.compile("(\\d{2,5})x(\\d{2,5})");

    private final CliStreams streams;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "An ASL definition (.asl.json, .asl.yaml, ...).")
    private @Nullable Path file;

    @Option(names = "--screenshot", paramLabel = "PNG",
            description = "Write a picture of the window, once it has loaded and settled, to PNG and exit.")
    private @Nullable Path screenshot;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800",
            description = "The window's size for --screenshot, in pixels (default: ${DEFAULT-VALUE}).")
    private String size = "1280x800";

    @Option(names = "--theme", paramLabel = "THEME",
            description = "The look: light, dark, high-contrast, or system (follow the operating system's dark or "
                    + "high-contrast mode). Default: the one chosen under View > Theme (light for --screenshot).")
    private @Nullable String theme;

    @Option(names = "--report-startup",
            description = "Print how long the designer took to start (until the definition's diagram is drawn and "
                    + "the window is idle) and exit; for the cold-start benchmark.")
    private boolean reportStartup;

    public OpenCommand(CliStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        Path requested = file;
        if (requested != null) {
            try {
                DefinitionFile.read(requested, requested.toString());
            } catch (UnreadableInputException e) {
                streams.err().println("statewise: " + e.getMessage());
                return ExitCodes.UNREADABLE;
            }
        }
        if (theme != null) {
            try {
                ThemeChoice.named(theme);
            } catch (IllegalArgumentException e) {
                streams.err().println("statewise: " + e.getMessage());
                return ExitCodes.UNREADABLE;
            }
        }
        Matcher dimensions = SIZE.matcher(size);
        if (!dimensions.matches()) {
            streams.err().println("statewise: --size takes WIDTHxHEIGHT in pixels, e.g. 1280x800, not '" + size + "'");
            return ExitCodes.UNREADABLE;
        }
        if (reportStartup && screenshot != null) {
            streams.err().println("statewise: --report-startup and --screenshot cannot be combined");
            return ExitCodes.UNREADABLE;
        }
        try {
            Path output = screenshot;
            if (reportStartup) {
                DesignerLauncher.reportStartup(requested, theme).ifPresent(streams.out()::println);
                return ExitCodes.OK;
            }
            if (output == null) {
                DesignerLauncher.launch(requested, theme);
                return ExitCodes.OK;
            }
            Optional<String> failure = DesignerLauncher.screenshot(requested, new DesignerLauncher.Screenshot(output,
                    Integer.parseInt(dimensions.group(1)), Integer.parseInt(dimensions.group(2))), theme);
            failure.ifPresent(reason -> streams.err().println("statewise: screenshot failed: " + reason));
            return failure.isPresent() ? ExitCodes.INTERNAL_ERROR : ExitCodes.OK;
        } catch (RuntimeException | LinkageError e) {
            Throwable cause = toolkitFailure(e);
            if (cause == null) {
                throw e;
            }
            streams.err().println("statewise: cannot start the designer: " + cause.getMessage()
                    + " (it needs a display and GTK 3; commands such as 'validate' run without them)");
            return CANNOT_START;
        }
    }

    /**
     * What stopped the toolkit from starting, when that is the environment's doing: JavaFX reports a missing
     * display as {@link UnsupportedOperationException} and missing native libraries as a {@link LinkageError}.
     */
    private static @Nullable Throwable toolkitFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedOperationException || t instanceof LinkageError) {
                return t;
            }
        }
        return null;
    }
}
