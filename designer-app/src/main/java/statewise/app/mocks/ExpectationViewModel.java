package statewise.app.mocks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.ExecutionStatus;
import statewise.engine.suite.SuiteFileEdits;
import statewise.engine.suite.TestExpectation;

/**
 * What one test case expects, as the expectations file keeps it: the input it starts from, the final status, the
 * output (exactly, or members it must contain) or the error and cause, and the states it must and must not visit.
 * Each valid change is an edit of the expectations file; a field that is not valid (JSON that does not parse, a
 * state the workflow does not have) says why and changes nothing.
 */
public final class ExpectationViewModel {

    /** How the output is checked. */
    public enum OutputCheck {
        NOT_CHECKED("Not checked"), EQUALS("Equals"), CONTAINS("Contains");

        private final String label;

        OutputCheck(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The final statuses a test can expect; the empty string leaves the status unchecked. */
    public static final List<String> STATUSES = List.of("", ExecutionStatus.SUCCEEDED.name(),
            ExecutionStatus.FAILED.name(), ExecutionStatus.TIMED_OUT.name(), ExecutionStatus.ABORTED.name());

    private final Commit commit;
    private final StringProperty input = new SimpleStringProperty("{}");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<OutputCheck> output = new SimpleObjectProperty<>(OutputCheck.NOT_CHECKED);
    private final StringProperty outputText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty cause = new SimpleStringProperty("");
    private final StringProperty visits = new SimpleStringProperty("");
    private final StringProperty skips = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private List<String> stateNames = List.of();
    private @Nullable String test;
    private boolean loading;

    ExpectationViewModel(Commit commit) {
        this.commit = commit;
        watch(input, "Change the test's input");
        watch(status, "Change the expected status");
        watch(output, "Change how the output is checked");
        watch(outputText, "Change the expected output");
        watch(error, "Change the expected error");
        watch(cause, "Change the expected cause");
        watch(visits, "Change the states to visit");
        watch(skips, "Change the states to skip");
    }

    public StringProperty inputProperty() {
        return input;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<OutputCheck> outputProperty() {
        return output;
    }

    public StringProperty outputTextProperty() {
        return outputText;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty causeProperty() {
        return cause;
    }

    /** The states the execution must enter, comma-separated. */
    public StringProperty visitsProperty() {
        return visits;
    }

    /** The states the execution must not enter, comma-separated. */
    public StringProperty skipsProperty() {
        return skips;
    }

    /** Why the expectations as typed are not taken, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether a test case is chosen. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Shows test {@code name} of {@code files} (nothing when null); {@code states} are the workflow's states. */
    void load(EditorFiles files, @Nullable String name, List<String> states) {
        loading = true;
        try {
            test = name;
            stateNames = List.copyOf(states);
            editable.set(name != null);
            problem.set("");
            TestExpectation expected = name == null ? TestExpectation.SUCCEEDS
                    : SuiteFileEdits.expectation(files.tests(), name);
            input.set(name == null ? "{}" : SuiteFileEdits.input(files.tests(), name).toPrettyString());
            status.set(expected.status() == null ? "" : expected.status().name());
            output.set(expected.output() == null ? OutputCheck.NOT_CHECKED
                    : expected.outputIsSubset() ? OutputCheck.CONTAINS : OutputCheck.EQUALS);
            outputText.set(expected.output() == null ? "" : expected.output().toPrettyString());
            error.set(expected.error() == null ? "" : expected.error());
            cause.set(expected.cause() == null ? "" : expected.cause());
            visits.set(String.join(", ", expected.visits()));
            skips.set(String.join(", ", expected.skips()));
        } finally {
            loading = false;
        }
    }

    private void watch(ObservableValue<?> field, String label) {
        field.addListener((property, old, now) -> changed(label));
    }

    private void changed(String label) {
        String name = test;
        if (loading || name == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        JsonCheck inputCheck = JsonCheck.of(input.get(), "The input");
        addProblem(problems, inputCheck.problem());
        JsonNode expectedOutput = null;
        if (output.get() != OutputCheck.NOT_CHECKED) {
            JsonCheck outputCheck = JsonCheck.of(outputText.get(), "The expected output");
            addProblem(problems, outputCheck.problem());
            expectedOutput = outputCheck.value();
        }
        List<String> mustVisit = names(visits.get(), problems);
        List<String> mustSkip = names(skips.get(), problems);
        problem.set(String.join("\n", problems));
        if (!problems.isEmpty() || inputCheck.value() == null) {
            return;
        }
        TestExpectation expected = new TestExpectation(status.get().isEmpty() ? null
                : ExecutionStatus.valueOf(status.get()), expectedOutput, output.get() == OutputCheck.CONTAINS,
                blankToNull(error.get()), blankToNull(cause.get()), mustVisit, mustSkip);
        JsonNode startWith = inputCheck.value();
        commit.apply(f -> f.withTests(SuiteFileEdits.setInput(SuiteFileEdits.setExpectation(f.tests(), name,
                expected), name, startWith)), label, "expect:" + name + ":" + label);
    }

    private List<String> names(String text, List<String> problems) {
        List<String> names = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
        List<String> unknown = names.stream().filter(n -> !stateNames.contains(n)).toList();
        if (!unknown.isEmpty()) {
            problems.add("The workflow has no state named " + unknown.stream().map(n -> "'" + n + "'")
                    .collect(Collectors.joining(", ")) + ".");
        }
        return names;
    }

    private static void addProblem(List<String> problems, @Nullable String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
