package statewise.engine.suite;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A workflow's test suite, as its expectations file ({@code name.asl.tests.json}, read by {@link SuiteReader})
 * declares it.
 *
 * @param stateMachine the state machine's name in the mock file, or null for the one that has the test cases
 * @param mocks        the mock file, relative to the expectations file, or null
 * @param cases        the test cases, in file order
 */
public record TestSuite(@Nullable String stateMachine, @Nullable String mocks, List<SuiteCase> cases) {

    /** The format version this build reads and writes. */
    public static final int VERSION = 1;

    public TestSuite {
        cases = List.copyOf(cases);
    }

    /**
     * The expectations file next to a definition: {@code order.asl.json} (or {@code .yaml}, {@code .yml}) gives
     * {@code order.asl.tests.json}.
     */
    public static String sidecarName(String definitionFile) {
        String lower = definitionFile.toLowerCase(Locale.ROOT);
        for (String extension : List.of(".json", ".yaml", ".yml")) {
            if (lower.endsWith(extension)) {
                return definitionFile.substring(0, definitionFile.length() - extension.length()) + ".tests.json";
            }
        }
        return definitionFile + ".tests.json";
    }
}
