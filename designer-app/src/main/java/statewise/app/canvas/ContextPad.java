package statewise.app.canvas;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import statewise.app.session.StatePointers;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.model.StateMachine;
import statewise.engine.model.StateType;
import statewise.layout.Box;
import statewise.layout.NodeKind;
import statewise.layout.PlacedNode;
import statewise.layout.Point;

/**
 * The small bar of tools beside the one selected state: append a next state of a type, add a Catch, wrap in a
 * Parallel or a Map, convert to the other query language. Each runs the {@link CanvasCommands} of the same name,
 * so the pad, the menus and the keys do the same thing. Its controls are made when it is first shown: a window
 * opens with nothing selected, and making them (a menu of eight items, five buttons with icons and tooltips) and
 * styling them cost the first frame time it did not need.
 */
final class ContextPad {

    static final String ID = "canvas-context-pad";

    private static final double GAP = 8;
    private static final List<StateType> APPENDABLE = List.of(StateType.PASS, StateType.TASK, StateType.CHOICE,
            StateType.WAIT, StateType.PARALLEL, StateType.MAP, StateType.SUCCEED, StateType.FAIL);

    /** The pad's controls, once made. */
    private static final class Bar {

        private final HBox node = new HBox();
        private final MenuButton append = new MenuButton(null, new FontIcon(MaterialDesignA.ARROW_DOWN_BOLD_OUTLINE));
        private final Button addCatch;
        private final Button convert;

        Bar(CanvasCommands commands) {
            node.setId(ID);
            node.getStyleClass().add("context-pad");
            node.setManaged(false);
            append.setId("pad-append");
            append.setTooltip(new Tooltip("Append the next state (Ctrl+Enter appends a Pass)"));
            append.setFocusTraversable(false);
            for (StateType type : APPENDABLE) {
                NodeKind kind = NodeKind.valueOf(type.name());
                Ikon ikon = StateGlyphs.icon(kind);
                MenuItem item = new MenuItem(type.aslName(), ikon == null ? null : new FontIcon(ikon));
                item.setId("pad-append-" + type.aslName().toLowerCase(Locale.ROOT));
                item.setOnAction(event -> commands.append(type));
                append.getItems().add(item);
            }
            addCatch = button("pad-catch", MaterialDesignS.SHIELD_ALERT_OUTLINE, "Add a Catch to a new Fail state",
                    commands::addCatch);
            Button wrapParallel = button("pad-wrap-parallel", MaterialDesignT.TABLE_COLUMN, "Wrap in Parallel",
                    () -> commands.wrap(StateType.PARALLEL));
            Button wrapMap = button("pad-wrap-map", MaterialDesignT.TABLE_LARGE, "Wrap in Map",
                    () -> commands.wrap(StateType.MAP));
            convert = button("pad-convert", MaterialDesignT.TRANSLATE, "Convert query language",
                    commands::convertQueryLanguage);
            node.getChildren().addAll(append, addCatch, wrapParallel, wrapMap, convert);
        }
    }

    private final CanvasView canvas;
    private @Nullable Bar bar;

    ContextPad(CanvasView canvas) {
        this.canvas = canvas;
    }

    /** Shows the pad beside the one selected state, or hides it. */
    void update() {
        String primary = canvas.selection().ids().size() == 1 ? canvas.selection().primary() : null;
        PlacedNode placed = primary == null ? null : canvas.diagram().layout().node(primary);
        State state = primary == null ? null : StatePointers.of(canvas.session().document().modelDocument())
                .get(primary);
        if (placed == null || state == null || canvas.session().document().stale()) {
            if (bar != null) {
                bar.node.setVisible(false);
            }
            return;
        }
        Bar shown = bar();
        shown.append.setDisable(state.type().isTerminal());
        shown.addCatch.setDisable(state.type() != StateType.TASK && state.type() != StateType.PARALLEL
                && state.type() != StateType.MAP);
        StateMachine machine = canvas.session().document().modelDocument().stateMachine();
        QueryLanguage language = state.effectiveQueryLanguage(machine == null ? QueryLanguage.JSONPATH
                : machine.defaultQueryLanguage());
        ((Tooltip) shown.convert.getTooltip()).setText("Convert to " + (language == QueryLanguage.JSONATA
                ? QueryLanguage.JSONPATH : QueryLanguage.JSONATA).aslName());
        Box box = placed.container() ? placed.titleBox() : placed.box();
        Point at = canvas.viewport().toScreen(new Point(box.right(), box.y()));
        shown.node.autosize();
        shown.node.relocate(at.x() + GAP, at.y());
        shown.node.setVisible(true);
    }

    /** The pad's controls, made and styled on the first call so they can be sized at once. */
    private Bar bar() {
        Bar made = bar;
        if (made == null) {
            made = new Bar(canvas.commands());
            canvas.floating().getChildren().add(made.node);
            made.node.applyCss();
            bar = made;
        }
        return made;
    }

    private static Button button(String id, Ikon ikon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(ikon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }
}
