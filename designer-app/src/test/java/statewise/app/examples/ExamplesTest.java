package statewise.app.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import statewise.app.Main;
import statewise.engine.cli.CliStreams;
import statewise.engine.cli.ExitCodes;

/**
 * Every example is copied out exactly as a user would get it, then validated and its test suite run through the
 * same commands a user types: an example that stops validating or passing its own tests fails the build.
 */
class ExamplesTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(new CliStreams(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err)), args);
    }

    @ParameterizedTest
    @EnumSource(Example.class)
    void exampleValidatesAndPassesItsOwnTestSuite(Example example) {
        assertEquals(ExitCodes.OK, run("examples", "--copy", dir.toString(), example.id()), err::toString);
        String definition = dir.resolve(example.id()).resolve(example.definitionFile()).toString();

        assertEquals(ExitCodes.OK, run("validate", definition), out::toString);
        assertEquals(ExitCodes.OK, run("test", definition), out::toString);
        assertTrue(out.toString().contains(" passed, 0 failed"), out::toString);
    }

    @ParameterizedTest
    @EnumSource(Example.class)
    void sampleInputRunsToTheEndWithTheFirstTestCase(Example example) throws Exception {
        Path folder = example.copyTo(dir);
        String mocks = Files.readString(folder.resolve(example.id() + ".mocks.json"));
        String testCase = mocks.replaceAll("(?s).*?\"TestCases\"\\s*:\\s*\\{\\s*\"([^\"]+)\".*", "$1");

        int exit = run("run", folder.resolve(example.definitionFile()).toString(),
                "--input", "@" + folder.resolve(example.id() + ".input.json"),
                "--mocks", folder.resolve(example.id() + ".mocks.json").toString(), "--test-case", testCase);

        assertEquals(ExitCodes.OK, exit, out::toString);
        assertTrue(out.toString().contains("status: SUCCEEDED"), out::toString);
    }

    @Test
    void listingNamesEveryExample() {
        assertEquals(ExitCodes.OK, run("examples"));

        for (Example example : Example.values()) {
            assertTrue(out.toString().contains(example.id() + " "), out::toString);
        }
    }

    @Test
    void copyingNeverOverwritesWhatIsThere() throws Exception {
        assertEquals(ExitCodes.OK, run("examples", "--copy", dir.toString(), "order-saga"));
        Path definition = dir.resolve("order-saga/order-saga.asl.json");
        Files.writeString(definition, "{\"my\": \"changes\"}");

        assertEquals(ExitCodes.UNREADABLE, run("examples", "--copy", dir.toString(), "order-saga"));

        assertEquals("{\"my\": \"changes\"}", Files.readString(definition));
        assertTrue(err.toString().contains("already exists"), err::toString);
    }

    @Test
    void anUnknownNameIsRefusedWithTheWayToList() {
        assertEquals(ExitCodes.UNREADABLE, run("examples", "--copy", dir.toString(), "nope"));

        assertTrue(err.toString().contains("no example named 'nope'"), err::toString);
    }
}
