package statewise.app.editor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import statewise.app.session.DocumentSession;
import statewise.app.session.TextEdit;
import statewise.app.session.TextPatch;

/**
 * Find and replace above the editor (Ctrl+F, Ctrl+H). Enter finds the next match and Shift+Enter the previous one;
 * a replacement is one undo step, and so is Replace All.
 */
final class FindBar {

    /** Node ids, for tests. */
    static final String FIND_ID = "find-field";
    static final String REPLACE_ID = "replace-field";
    static final String COUNT_ID = "find-count";

    private final CodeArea area;
    private final DocumentSession session;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final ToggleButton matchCase = toggle("Aa", "Match case");
    private final ToggleButton regex = toggle(".*", "Regular expression");
    private final ToggleButton wholeWord = toggle("W", "Whole words");
    private final Label count = new Label();
    private final HBox replaceRow;
    private final VBox root;

    FindBar(CodeArea area, DocumentSession session) {
        this.area = area;
        this.session = session;
        find.setId(FIND_ID);
        find.setPromptText("Find");
        replace.setId(REPLACE_ID);
        replace.setPromptText("Replace with");
        count.setId(COUNT_ID);
        count.getStyleClass().add("find-count");
        HBox.setHgrow(find, Priority.ALWAYS);
        HBox.setHgrow(replace, Priority.ALWAYS);
        HBox findRow = row(find, matchCase, regex, wholeWord, count,
                button(MaterialDesignA.ARROW_UP, "Previous match (Shift+Enter)", () -> next(false)),
                button(MaterialDesignA.ARROW_DOWN, "Next match (Enter)", () -> next(true)),
                button(MaterialDesignC.CLOSE, "Close (Escape)", this::close));
        replaceRow = row(replace, textButton("Replace", this::replaceOne), textButton("Replace all", this::replaceAll));
        root = new VBox(4, findRow, replaceRow);
        root.getStyleClass().add("find-bar");
        show(root, false);
        find.textProperty().addListener((property, old, text) -> updateCount());
        matchCase.selectedProperty().addListener((property, old, on) -> updateCount());
        regex.selectedProperty().addListener((property, old, on) -> updateCount());
        wholeWord.selectedProperty().addListener((property, old, on) -> updateCount());
        find.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                next(!event.isShiftDown());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        replace.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                replaceOne();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
    }

    Region node() {
        return root;
    }

    /** Shows the bar (with the replace row when asked), seeded with the selected text if it is one line. */
    void open(boolean withReplace) {
        show(root, true);
        show(replaceRow, withReplace);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        }
        find.requestFocus();
        find.selectAll();
        updateCount();
    }

    void close() {
        show(root, false);
        area.requestFocus();
    }

    /** Selects the next (or previous) match after the selection, wrapping around. */
    void next(boolean forward) {
        TextSearch.Query query = query();
        IndexRange selection = area.getSelection();
        Optional<TextSearch.Match> match = TextSearch.next(area.getText(), query,
                forward ? selection.getEnd() : selection.getStart(), forward);
        match.ifPresent(m -> {
            area.selectRange(m.start(), m.end());
            area.requestFollowCaret();
        });
        updateCount();
    }

    /** Replaces the selected match (finding one first when none is selected), then selects the next. */
    void replaceOne() {
        String text = area.getText();
        TextSearch.Query query = query();
        IndexRange selection = area.getSelection();
        TextSearch.Match selected = new TextSearch.Match(selection.getStart(), selection.getEnd());
        if (!TextSearch.findAll(text, query).contains(selected)) {
            next(true);
            return;
        }
        String replacement = TextSearch.replacementFor(text, query, selected, replace.getText());
        TextEdit edit = new TextEdit(selected.start(), selected.end() - selected.start(), replacement);
        String newText = TextEdit.apply(text, List.of(edit));
        session.apply(new TextPatch(newText, List.of(edit), "Replace", Set.of()), this);
        area.moveTo(selected.start() + replacement.length());
        next(true);
    }

    void replaceAll() {
        String text = area.getText();
        TextSearch.Query query = query();
        int matches = TextSearch.findAll(text, query).size();
        String newText = TextSearch.replaceAll(text, query, replace.getText());
        if (!newText.equals(text)) {
            session.apply(TextPatch.between(text, newText, "Replace all", Set.of()), this);
        }
        count.setText(matches == 1 ? "Replaced 1" : "Replaced " + matches);
    }

    private TextSearch.Query query() {
        return new TextSearch.Query(find.getText(), matchCase.isSelected(), regex.isSelected(),
                wholeWord.isSelected());
    }

    private void updateCount() {
        TextSearch.Query query = query();
        Optional<String> problem = TextSearch.problem(query);
        if (problem.isPresent()) {
            count.setText("Bad expression");
            count.setTooltip(new Tooltip(problem.get()));
            return;
        }
        count.setTooltip(null);
        List<TextSearch.Match> all = TextSearch.findAll(area.getText(), query);
        if (query.text().isEmpty()) {
            count.setText("");
        } else if (all.isEmpty()) {
            count.setText("No results");
        } else {
            int current = all.indexOf(new TextSearch.Match(area.getSelection().getStart(),
                    area.getSelection().getEnd()));
            count.setText(current >= 0 ? (current + 1) + " of " + all.size() : all.size() + " found");
        }
    }

    private static HBox row(Node... children) {
        HBox row = new HBox(4, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static ToggleButton toggle(String text, String tip) {
        ToggleButton button = new ToggleButton(text);
        button.setTooltip(new Tooltip(tip));
        button.getStyleClass().add("find-option");
        button.setFocusTraversable(false);
        return button;
    }

    private static Button button(Ikon icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setTooltip(new Tooltip(tip));
        button.getStyleClass().add("find-button");
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Button textButton(String text, Runnable action) {
        Button button = new Button(text);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static void show(Region region, boolean visible) {
        region.setVisible(visible);
        region.setManaged(visible);
    }
}
