package statewise.app.problems;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import statewise.app.session.DocumentChange;
import statewise.app.session.DocumentSession;
import statewise.app.session.SessionDocument;
import statewise.app.session.StatePointers;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.Severity;

/**
 * The problems list below the editor: every diagnostic of the latest reading, in reading order, with its line.
 * Choosing one selects its state in every view and shows its text in the editor.
 */
public final class ProblemsView {

    /** Node id, for tests and stylesheets. */
    public static final String LIST_ID = "problems-list";

    private final DocumentSession session;
    private final ListView<Diagnostic> list = new ListView<>();
    private final Label heading = new Label("Problems");
    private final VBox root;
    private boolean updating;

    /** {@code showText} shows a diagnostic's text in the editor. */
    public ProblemsView(DocumentSession session, Consumer<Diagnostic> showText) {
        this.session = session;
        list.setId(LIST_ID);
        list.setCellFactory(view -> new ProblemCell());
        list.setPlaceholder(new Label("No problems"));
        list.getSelectionModel().selectedItemProperty().addListener((property, old, diagnostic) -> {
            if (diagnostic != null && !updating) {
                AslDocument.Kind kind = session.document().analysis().document().kind();
                String state = StatePointers.enclosingState(diagnostic.pointer(), kind);
                session.select(state, this);
                showText.accept(diagnostic);
            }
        });
        heading.getStyleClass().add("pane-heading");
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(heading, list);
        root.getStyleClass().add("problems-view");
        session.addListener(this::changed);
        show(session.document());
    }

    public Region node() {
        return root;
    }

    private void changed(DocumentChange change) {
        if (change.current().analysed()) {
            show(change.current());
        }
    }

    /**
     * Shows the diagnostics of {@code document}. When the same problems only moved (a line typed above them), each
     * entry is replaced where it stands, so the selection and the scroll stay; otherwise the list starts afresh.
     */
    private void show(SessionDocument document) {
        List<Diagnostic> diagnostics = document.diagnostics();
        ObservableList<Diagnostic> shown = list.getItems();
        if (diagnostics.equals(shown)) {
            return;
        }
        updating = true;
        try {
            if (onlyMoved(shown, diagnostics)) {
                int selected = list.getSelectionModel().getSelectedIndex();
                for (int i = 0; i < diagnostics.size(); i++) {
                    if (!shown.get(i).equals(diagnostics.get(i))) {
                        shown.set(i, diagnostics.get(i));
                    }
                }
                if (selected >= 0 && list.getSelectionModel().getSelectedIndex() != selected) {
                    list.getSelectionModel().select(selected);
                }
            } else {
                shown.setAll(diagnostics);
            }
        } finally {
            updating = false;
        }
        long problems = diagnostics.stream().filter(d -> d.severity() != Severity.INFO)
                .count();
        heading.setText(problems == 0 ? "Problems" : "Problems (" + problems + ")");
    }

    /** True when {@code next} holds the problems {@code shown} holds, in the same order, only at other places. */
    static boolean onlyMoved(List<Diagnostic> shown, List<Diagnostic> next) {
        if (shown.size() != next.size()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            Diagnostic a = shown.get(i);
            Diagnostic b = next.get(i);
            if (!a.code().equals(b.code()) || a.severity() != b.severity() || !a.message().equals(b.message())
                    || !a.pointer().equals(b.pointer())) {
                return false;
            }
        }
        return true;
    }

    private static Ikon icon(Diagnostic diagnostic) {
        return switch (diagnostic.severity()) {
            case ERROR -> MaterialDesignA.ALERT_CIRCLE;
            case WARNING -> MaterialDesignA.ALERT;
            case INFO -> MaterialDesignI.INFORMATION_OUTLINE;
        };
    }

    /** Severity icon, message, and the line and column muted on the right. */
    private static final class ProblemCell extends ListCell<Diagnostic> {

        private final FontIcon icon = new FontIcon();
        private final Label message = new Label();
        private final Label where = new Label();
        private final HBox line;

        ProblemCell() {
            where.getStyleClass().add("problem-location");
            message.getStyleClass().add("problem-message");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            line = new HBox(8, icon, message, gap, where);
            line.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(@Nullable Diagnostic diagnostic, boolean empty) {
            super.updateItem(diagnostic, empty);
            setText(null);
            if (empty || diagnostic == null) {
                setGraphic(null);
                return;
            }
            icon.setIconCode(icon(diagnostic));
            icon.getStyleClass().setAll("ikonli-font-icon", "severity-" + diagnostic.severity().label());
            message.setText(diagnostic.message());
            where.setText("line " + diagnostic.span().startLine() + ":" + diagnostic.span().startColumn() + "  "
                    + diagnostic.code());
            setGraphic(line);
        }
    }
}
