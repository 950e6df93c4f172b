package statewise.app.help;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The keyboard shortcuts table's state: every registered action that has a key binding, sorted by action, and the
 * rows the search text leaves. The rows come from the action registry when the table opens, so the table always
 * tells the truth about the keys the window answers to.
 */
public final class ShortcutsViewModel {

    private final StringProperty query = new SimpleStringProperty("");
    private final FilteredList<Shortcut> rows;

    public ShortcutsViewModel(List<Shortcut> shortcuts) {
        ObservableList<Shortcut> all = FXCollections.observableArrayList(shortcuts);
        all.sort(Comparator.comparing(Shortcut::action, String.CASE_INSENSITIVE_ORDER));
        rows = new FilteredList<>(all);
        query.addListener((property, old, text) -> rows.setPredicate(row -> row.matches(text)));
    }

    /** The search text; empty shows every shortcut. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The shortcuts that match the search text. */
    public ObservableList<Shortcut> rows() {
        return rows;
    }
}
