package statewise.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Command;

class StatewiseCommandTest {

    static Stream<String> commands() {
        StringWriter sink = new StringWriter();
        CliStreams streams = new CliStreams(new ByteArrayInputStream(new byte[0]), new PrintWriter(sink),
                new PrintWriter(sink));
        return StatewiseCli.commandLine(streams).getSubcommands().keySet().stream();
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRun run = CliRun.of("--help");

        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().startsWith("Usage: statewise "), run.out());
        commands().forEach(name -> assertTrue(run.out().contains("\n  " + name + " "), name));
        assertTrue(run.out().contains("Exit codes:"), run.out());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Usage: statewise " + command + " "), run.out());
        assertEquals("", run.err());
    }

    @Test
    void versionNamesTheBuiltVersionAndTheJavaRuntime() {
        CliRun run = CliRun.of("--version");

        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.outLines().get(0).matches("statewise \\d+\\.\\d+\\.\\d+.*"), run.out());
        assertTrue(run.outLines().get(1).startsWith("Java " + System.getProperty("java.version")), run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertTrue(run.err().startsWith("statewise: Missing command."), run.err());
    }

    /** A command with a bug in it. */
    @Command(name = "broken")
    static final class BrokenCommand implements Callable<Integer> {

        @Override
        public Integer call() {
            throw new IllegalStateException("wrapped", new ArithmeticException("/ by zero"));
        }
    }

    @Test
    void aBugIsOneLineAndExitCodeThree() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliStreams streams = new CliStreams(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true));

        int exitCode = StatewiseCli.commandLine(streams, List.of(new BrokenCommand())).execute("broken");

        assertEquals(ExitCodes.INTERNAL_ERROR, exitCode);
        assertEquals("statewise broken: internal error: java.lang.IllegalStateException: wrapped "
                + "(caused by java.lang.ArithmeticException: / by zero)", err.toString().strip());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate");

        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertTrue(run.err().contains("frobnicate"), run.err());
    }
}
