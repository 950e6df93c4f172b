package statewise.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import statewise.app.examples.ExamplesCommand;
import statewise.app.shell.DesignerLauncher;
import statewise.engine.cli.CliStreams;
import statewise.engine.cli.DefinitionFile;
import statewise.engine.cli.StatewiseCli;
import statewise.engine.cli.UnreadableInputException;
import statewise.layout.cli.LayoutCommand;
import statewise.layout.cli.RenderCommand;

/**
 * The {@code statewise} program: with no arguments it starts the designer (as {@code open} does), otherwise it runs
 * a command. It does not extend {@code Application} and references no JavaFX type, so headless commands
 * ({@code validate}, {@code layout}, {@code render}, ...) never load the toolkit: only {@link OpenCommand} reaches
 * the class that does.
 */
public final class Main {

    private static final String[] DESCRIPTION = {
        "Designer, validator and local runner for AWS Step Functions state machines (Amazon States Language).",
        "Without a command, starts the designer with a sample workflow."
    };

    private Main() {
    }

    public static void main(String[] args) {
        useHeadlessAwt();
        String[] command = args.length == 0 ? new String[] {OpenCommand.NAME} : args;
        if (startsDesigner(command)) {
            DesignerLauncher.warmUp();
        }
        System.exit(run(CliStreams.system(), command));
    }

    /**
     * Makes AWT headless before anything uses it. Statewise uses AWT only to measure text and draw pictures
     * ({@code diagram-layout}'s renderer and sizer), never for a window, and headless it opens no connection to the
     * display. With one, its X11 start-up on the warm-up thread raced GTK's on the toolkit's thread (started at the
     * same moment, see {@link DesignerLauncher#warmUp}), and about one start in eight hung inside libX11.
     */
    static void useHeadlessAwt() {
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * Whether {@code command} will most likely start the designer, judged before it is parsed so the toolkit can
     * start meanwhile: {@code open} without a help or version flag, with every other argument an option, a file
     * {@code open} can read, or the value of an option written after a space ({@code --theme dark}). A wrong guess
     * costs only time either way: a command that does not start the designer ends with the toolkit unused, and a
     * start not guessed starts the toolkit once its command line is parsed. Guessing no for a file that cannot be
     * read spares starting the toolkit, and connecting to the display, for a command that only prints why; telling
     * reads the file as {@link OpenCommand} does, which delays the toolkit's start by a few milliseconds (some 15 ms
     * for 1,000 states).
     */
    static boolean startsDesigner(String... command) {
        if (command.length == 0 || !command[0].equals(OpenCommand.NAME)) {
            return false;
        }
        for (int i = 1; i < command.length; i++) {
            String arg = command[i];
            if (arg.equals("--help") || arg.equals("--version")) {
                return false;
            }
            boolean value = OpenCommand.VALUE_OPTIONS.contains(command[i - 1]);
            if (!value && !arg.startsWith("--") && !readableFile(arg)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code name} is a file that {@code open} can read, judged as {@link OpenCommand} judges it. */
    private static boolean readableFile(String name) {
        try {
            DefinitionFile.read(Path.of(name), name);
            return true;
        } catch (InvalidPathException | UnreadableInputException e) {
            return false;
        }
    }

    /**
     * Runs one command line and returns its exit code. For {@code open} only that command is built: building the
     * others would delay the designer's start.
     */
    public static int run(CliStreams streams, String... args) {
        boolean designer = args.length > 0 && args[0].equals(OpenCommand.NAME);
        CommandLine cli = designer
                ? StatewiseCli.commandLine(streams, List.of(new OpenCommand(streams)), List.of())
                : StatewiseCli.commandLine(streams, List.of(new OpenCommand(streams), new LayoutCommand(streams),
                        new RenderCommand(streams), new ExamplesCommand(streams)));
        cli.getCommandSpec().usageMessage()
                .synopsisSubcommandLabel("[COMMAND]")
                .description(DESCRIPTION);
        int exitCode = cli.execute(args);
        streams.out().flush();
        streams.err().flush();
        return exitCode;
    }
}
