package statewise.app.mocks;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import statewise.engine.model.StateMachine;
import statewise.engine.suite.MockFileEdits;
import statewise.engine.suite.MockSkeleton;

/**
 * What the mock editor lists and which entry of each is chosen: the mock file's test cases, the states of the
 * chosen test case (mocked, not mocked, stale), and the invocations of the chosen state's response. After each
 * change of the files {@link #refresh} brings the lists in line, keeping the choices that still exist.
 */
final class MockChoices {

    private final ObservableList<String> testCases = FXCollections.observableArrayList();
    private final StringProperty testCase = new SimpleStringProperty();
    private final ObservableList<StateRow> states = FXCollections.observableArrayList();
    private final StringProperty state = new SimpleStringProperty();
    private final ObservableList<String> invocations = FXCollections.observableArrayList();
    private final StringProperty invocation = new SimpleStringProperty();
    private boolean refreshing;

    /** @param chosen told when the user (or a refresh) chooses another test case, state or invocation */
    MockChoices(Runnable chosen) {
        testCase.addListener((property, old, now) -> chosen.run());
        state.addListener((property, old, now) -> chosen.run());
        invocation.addListener((property, old, now) -> chosen.run());
    }

    ObservableList<String> testCases() {
        return testCases;
    }

    StringProperty testCase() {
        return testCase;
    }

    ObservableList<StateRow> states() {
        return states;
    }

    StringProperty state() {
        return state;
    }

    ObservableList<String> invocations() {
        return invocations;
    }

    StringProperty invocation() {
        return invocation;
    }

    /** Chooses test case {@code name} (when it exists, else keeps the choice) and state {@code stateName}. */
    void focus(@Nullable String name, @Nullable String stateName) {
        if (name != null && testCases.contains(name)) {
            testCase.set(name);
        }
        if (stateName != null && states.stream().anyMatch(r -> r.state().equals(stateName))) {
            state.set(stateName);
        }
    }

    /** The response that answers the chosen state in the chosen test case, or null when it is not mocked. */
    @Nullable String response() {
        String chosen = state.get();
        return states.stream().filter(r -> r.state().equals(chosen)).map(StateRow::response)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * Brings the lists in line with {@code current}, the files of state machine {@code sm} of {@code machine},
     * keeping the choices that still exist (else choosing the first); false when a refresh is under way already
     * (a choice it made was heard), which this one leaves to finish.
     */
    boolean refresh(EditorFiles current, String sm, @Nullable StateMachine machine) {
        if (refreshing) {
            return false;
        }
        refreshing = true;
        try {
            update(testCases, MockFileEdits.testCases(current.mocks(), sm));
            keepOrFirst(testCase, testCases);
            String name = testCase.get();
            update(states, name == null || machine == null ? List.of()
                    : StateRow.of(MockFileEdits.mapping(current.mocks(), sm, name), MockSkeleton.taskStates(machine)));
            keepOrFirst(state, states.stream().map(StateRow::state).toList());
            String response = response();
            update(invocations, response == null ? List.of() : MockFileEdits.invocations(current.mocks(), response));
            keepOrFirst(invocation, invocations);
        } finally {
            refreshing = false;
        }
        return true;
    }

    private static <T> void update(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }

    private static void keepOrFirst(StringProperty choice, List<String> items) {
        if (choice.get() == null || !items.contains(choice.get())) {
            choice.set(items.isEmpty() ? null : items.get(0));
        }
    }
}
