package statewise.app.mocks;

import com.fasterxml.jackson.databind.JsonNode;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import statewise.engine.run.mock.MockResponse;
import statewise.engine.suite.MockFileEdits;

/**
 * The answer of one invocation of a mocked response: a {@code Return} value (JSON, checked as it is typed, the
 * problem shown with its line and column) or a {@code Throw} (an error name, required, and a cause). Each valid
 * change is an edit of the mock file; the keystrokes in one field undo as one step.
 */
public final class AnswerViewModel {

    /** The error a Return becomes when switched to Throw and no name was typed yet. */
    static final String DEFAULT_ERROR = "States.TaskFailed";

    private final Commit commit;
    private final BooleanProperty throwing = new SimpleBooleanProperty();
    private final StringProperty returnText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty cause = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shared = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private @Nullable String response;
    private @Nullable String key;
    private boolean loading;

    AnswerViewModel(Commit commit) {
        this.commit = commit;
        throwing.addListener((property, old, now) -> {
            if (!loading && now && error.get().isBlank()) {
                quietly(() -> error.set(DEFAULT_ERROR));
            }
            changed("Answer with " + (now ? "Throw" : "Return"));
        });
        returnText.addListener((property, old, now) -> changed("Change the Return value"));
        error.addListener((property, old, now) -> changed("Change the error"));
        cause.addListener((property, old, now) -> changed("Change the cause"));
    }

    public BooleanProperty throwingProperty() {
        return throwing;
    }

    public StringProperty returnTextProperty() {
        return returnText;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty causeProperty() {
        return cause;
    }

    /** Why the answer as typed is not taken (not JSON, no error name), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Which other test cases answer with the same response (an edit changes theirs too), or empty. */
    public ReadOnlyStringProperty sharedProperty() {
        return shared.getReadOnlyProperty();
    }

    /** Whether an invocation is chosen. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Shows invocation {@code invocation} of {@code name} in {@code files}, or nothing when either is null. */
    void load(EditorFiles files, @Nullable String name, @Nullable String invocation, String sharedWith) {
        quietly(() -> {
            response = name;
            key = invocation;
            JsonNode answer = name == null || invocation == null ? null
                    : MockFileEdits.answer(files.mocks(), name, invocation);
            editable.set(answer != null && !answer.isMissingNode());
            shared.set(sharedWith);
            problem.set("");
            JsonNode thrown = answer == null ? null : answer.get("Throw");
            throwing.set(thrown != null);
            JsonNode value = answer == null ? null : answer.get("Return");
            returnText.set(value == null ? "{}" : value.toPrettyString());
            error.set(thrown == null ? "" : thrown.path("Error").asText(""));
            cause.set(thrown == null ? "" : thrown.path("Cause").asText(""));
        });
    }

    /** Sets fields without turning the changes into edits. */
    private void quietly(Runnable change) {
        loading = true;
        try {
            change.run();
        } finally {
            loading = false;
        }
    }

    private void changed(String label) {
        if (loading || response == null || key == null) {
            return;
        }
        String name = response;
        String invocation = key;
        MockResponse answer = answer();
        if (answer != null) {
            commit.apply(f -> f.withMocks(MockFileEdits.setAnswer(f.mocks(), name, invocation, answer)), label,
                    "answer:" + name + ":" + invocation + ":" + label);
        }
    }

    private @Nullable MockResponse answer() {
        if (throwing.get()) {
            if (error.get().isBlank()) {
                problem.set("A Throw needs an error name, such as States.TaskFailed or Payment.Declined.");
                return null;
            }
            problem.set("");
            return new MockResponse.Throw(error.get().strip(), cause.get().isBlank() ? null : cause.get());
        }
        JsonCheck check = JsonCheck.of(returnText.get(), "The Return value");
        problem.set(check.problem() == null ? "" : check.problem());
        return check.value() == null ? null : new MockResponse.Return(check.value());
    }
}
