package statewise.engine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Builds the {@code statewise} command line. Headless commands are listed in {@link #HEADLESS_COMMANDS}: a new
 * command ({@code run}, {@code render}, ...) is a class with a {@link CliStreams} constructor, added there. Front
 * ends add their own commands (the designer adds {@code open}) through {@link #commandLine(CliStreams, List)}.
 */
public final class StatewiseCli {

    /** Every headless command, in the order {@code statewise --help} lists them after the front end's own. */
    public static final List<Function<CliStreams, Object>> HEADLESS_COMMANDS = List.of(ValidateCommand::new,
            RunCommand::new, TestStateCommand::new, TestCommand::new, ConformanceCommand::new);

    private StatewiseCli() {
    }

    /** The command line with only the headless commands. */
    public static CommandLine commandLine(CliStreams streams) {
        return commandLine(streams, List.of());
    }

    /**
     * The command line with {@code frontCommands} (picocli command objects) first, then the headless ones, then
     * {@code help}. Output and usage errors go to {@code streams}; an unexpected exception becomes a one-line
     * message and {@link ExitCodes#INTERNAL_ERROR}.
     */
    public static CommandLine commandLine(CliStreams streams, List<Object> frontCommands) {
        return commandLine(streams, frontCommands, HEADLESS_COMMANDS);
    }

    /**
     * The command line as {@link #commandLine(CliStreams, List)} builds it, with only {@code headlessCommands} of
     * the headless ones: a front end that knows which of its own commands it is about to run (the designer's
     * {@code open}) leaves the others out, since picocli builds every command's model up front and that delays
     * the start.
     */
    public static CommandLine commandLine(CliStreams streams, List<Object> frontCommands,
            List<Function<CliStreams, Object>> headlessCommands) {
        CommandLine cli = new CommandLine(new StatewiseCommand());
        frontCommands.forEach(cli::addSubcommand);
        headlessCommands.forEach(factory -> cli.addSubcommand(factory.apply(streams)));
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // '@FILE' is an option value of its own (run --input @FILE), not a picocli argument file.
        cli.setExpandAtFiles(false);
        cli.setOut(streams.out());
        cli.setErr(streams.err());
        cli.setParameterExceptionHandler(StatewiseCli::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(qualifiedName(commandLine) + ": internal error: " + describe(e));
            commandLine.getErr().flush();
            return ExitCodes.INTERNAL_ERROR;
        });
        return cli;
    }

    /** A wrong command line: the problem, the synopsis and where to read more; not the whole help page. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(qualifiedName(commandLine) + ": " + e.getMessage());
        err.print("Usage: " + commandLine.getHelp().synopsis(0));
        err.println("Try '" + qualifiedName(commandLine) + " --help' for more information.");
        err.flush();
        return ExitCodes.UNREADABLE;
    }

    /** The exception and, when it wraps another, the innermost cause: what a bug report needs in one line. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + " (caused by " + root + ")";
    }

    private static String qualifiedName(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName();
    }
}
