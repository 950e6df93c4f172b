package statewise.app.editor;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.util.UndoUtils;
import org.jspecify.annotations.Nullable;
import statewise.app.editor.complete.CompletionEngine;
import statewise.app.session.DocumentSession;
import statewise.app.session.SessionDocument;
import statewise.app.session.StatePointers;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;
import statewise.engine.document.SourceMap;
import statewise.engine.document.SourceSpan;

/**
 * The ASL editor: the definition's text with colours, line numbers, folding, bracket matching, underlined problems,
 * completion (Ctrl+Space), find and replace, and Ctrl+click on a state name to go to it. It is one view of the
 * {@link DocumentSession}: typing goes to the session, everything else comes from it, and Ctrl+Z walks the
 * session's history (the code area's own undo manager is off). Moving the caret into a state selects that state
 * everywhere; selecting a state elsewhere reveals its text here.
 */
public final class AslEditor {

    /**
     * An extra selection of the code area: drawn like the selection, styled by its own class. Its name must be unique
     * in the area: the area keeps its selections in a set that takes two of the same name for one (RichTextFX's
     * {@code SelectionImpl} compares by the name's hash), so a second one would never be drawn.
     */
    private static final class Highlight
            extends SelectionImpl<Collection<String>, String, Collection<String>> {

        Highlight(String name, String styleClass, CodeArea area) {
            super(name, area, path -> path.getStyleClass().add(styleClass));
        }
    }

    /** Node id of the code area, for tests and stylesheets. */
    public static final String AREA_ID = "asl-editor";

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.SPACE,
            KeyCombination.SHORTCUT_DOWN);
    private static final String INDENT = "  ";

    private final DocumentSession session;
    private final CodeArea area = new CodeArea();
    private final EditorGutter gutter = new EditorGutter(area);
    private final Highlight stateHighlight;
    private final Highlight bracketOpen;
    private final Highlight bracketClose;
    private final EditorSync sync;
    private final CompletionPopup completion;
    private final BorderPane root;
    private @Nullable FindBar findBar;

    public AslEditor(DocumentSession session) {
        this.session = session;
        area.setId(AREA_ID);
        area.getStyleClass().add("asl-editor");
        area.setWrapText(false);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setParagraphGraphicFactory(gutter);
        stateHighlight = extraSelection("state-highlight", "state-highlight");
        bracketOpen = extraSelection("bracket-open", "bracket-match");
        bracketClose = extraSelection("bracket-close", "bracket-match");
        sync = new EditorSync(area, session, this, this::analysed, this::applied);
        completion = new CompletionPopup(area, this::completions);
        new DiagnosticHover(area, this::currentDiagnostics);
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.getStyleClass().add("asl-editor-pane");
        root = new BorderPane(new StackPane(new CaretLineTint(area).layer(), scroll));
        root.getStyleClass().add("asl-editor-view");
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, this::mousePressed);
        area.caretPositionProperty().addListener((property, old, caret) -> caretMoved(caret));
        area.plainTextChanges().subscribe(change -> completion.refresh());
        session.selectionProperty().addListener((property, old, selection) -> {
            highlight(selection.pointer());
            if (selection.source() != this && selection.pointer() != null) {
                reveal(selection.pointer());
            }
        });
        sync.showDocument();
    }

    public Region node() {
        return root;
    }

    /** The code area, for the window's focus handling and for tests. */
    public CodeArea area() {
        return area;
    }

    /** Opens the find bar, with the replace row when {@code replace} is true; it is built when first opened. */
    public void showFind(boolean replace) {
        FindBar bar = findBar;
        if (bar == null) {
            bar = new FindBar(area, session);
            root.setTop(bar.node());
            findBar = bar;
        }
        bar.open(replace);
    }

    /** Opens the completion list at the caret. */
    public void showCompletion() {
        completion.show();
    }

    /** Selects a stretch of text (a problem's) and scrolls it into view. */
    public void showSpan(SourceSpan span) {
        int end = Math.min(span.endOffset(), area.getLength());
        int start = Math.min(span.startOffset(), end);
        gutter.reveal(area.offsetToPosition(start, Bias.Forward).getMajor());
        area.selectRange(start, end == start ? Math.min(start + 1, area.getLength()) : end);
        area.requestFollowCaret();
    }

    /**
     * Shows breakpoint marks in the gutter: {@code marks} gives the mark of each line (0-based) that carries one, and
     * a click in a line's mark area tells {@code toggle} that line. Call {@link #refreshLineMarks} when they change.
     */
    public void setLineMarks(IntFunction<@Nullable LineMark> marks, IntConsumer toggle) {
        gutter.setLineMarks(marks, toggle);
    }

    /** Draws the gutter's marks again. */
    public void refreshLineMarks() {
        gutter.refresh();
    }

    /** Selects the name of the state at {@code pointer} and scrolls it into view, unfolding it if needed. */
    public void reveal(String pointer) {
        SessionDocument document = session.document();
        if (!document.analysed()) {
            return;
        }
        SourceMap map = document.analysis().document().sourceMap();
        if (!map.contains(pointer)) {
            return;
        }
        SourceSpan key = map.keySpan(pointer);
        SourceSpan span = key != null ? key : map.locate(pointer);
        int end = Math.min(span.endOffset(), area.getLength());
        gutter.reveal(span.startLine() - 1);
        area.selectRange(Math.min(span.startOffset(), end), end);
        int paragraph = area.getCurrentParagraph();
        if (!visible(paragraph)) {
            area.showParagraphAtCenter(paragraph);
        }
        area.requestFollowCaret();
    }

    /** The session's edits are in the text and the caret is in its place again. */
    private void applied() {
        matchBrackets(area.getCaretPosition());
    }

    private void analysed(SessionDocument document) {
        if (sync.takeFoldsStale()) {
            gutter.setFolds(FoldRegions.of(document.text(), document.format()));
        }
        highlight(session.selectionProperty().get().pointer());
    }

    private CompletionEngine.Result completions() {
        SessionDocument document = session.document();
        return CompletionEngine.complete(area.getText(), area.getCaretPosition(), document.format(),
                document.modelDocument());
    }

    private List<Diagnostic> currentDiagnostics() {
        SessionDocument document = session.document();
        return document.analysed() ? document.diagnostics() : List.of();
    }

    private void keyPressed(KeyEvent event) {
        if (completion.isShowing()) {
            return;
        }
        if (UNDO.match(event)) {
            session.undo();
        } else if (REDO.match(event) || REDO_Y.match(event)) {
            session.redo();
        } else if (COMPLETE.match(event)) {
            completion.show();
        } else if (event.getCode() == KeyCode.TAB && !event.isShiftDown() && !event.isShortcutDown()) {
            area.replaceSelection(INDENT);
        } else if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown()) {
            area.replaceSelection("\n" + indentForNewLine());
            area.requestFollowCaret();
        } else {
            return;
        }
        event.consume();
    }

    /** The indent of the caret's line, one step deeper after an opening bracket (JSON) or a colon (YAML). */
    private String indentForNewLine() {
        String line = area.getText(area.getCurrentParagraph()).substring(0, area.getCaretColumn());
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        String indent = line.substring(0, spaces);
        String trimmed = line.stripTrailing();
        boolean yaml = session.document().format() == DocumentFormat.YAML;
        boolean opens = trimmed.endsWith("{") || trimmed.endsWith("[") || yaml && trimmed.endsWith(":");
        return opens ? indent + INDENT : indent;
    }

    /** Ctrl+click (Cmd+click) on a state name or a reference to one selects that state. */
    private void mousePressed(MouseEvent event) {
        if (!event.isShortcutDown() || event.getClickCount() != 1) {
            return;
        }
        SessionDocument document = session.document();
        if (!document.analysed()) {
            return;
        }
        int index = area.hit(event.getX(), event.getY()).getInsertionIndex();
        String target = StateReferences.targetAt(document.analysis().document(), index);
        if (target != null) {
            session.select(target, null);
            event.consume();
        }
    }

    /**
     * Highlights brackets and selects the state the caret is in. A caret moved by typing moves before the session
     * has the typed text: its state is looked up in a reading of the old text only when the lengths agree.
     */
    private void caretMoved(int caret) {
        if (sync.applying()) {
            return;
        }
        matchBrackets(caret);
        SessionDocument document = session.document();
        if (!document.analysed() || document.text().length() != area.getLength()) {
            return;
        }
        String state = StatePointers.stateAt(document.analysis().document(), caret);
        if (!Objects.equals(state, session.selectionProperty().get().pointer())) {
            session.select(state, this);
        }
    }

    /**
     * Highlights the bracket at the caret and its partner. The whole text is copied out of the code area only when
     * a bracket is next to the caret: a copy of a large text on every caret move would slow typing down.
     */
    private void matchBrackets(int caret) {
        String near = area.getText(Math.max(0, caret - 1), Math.min(area.getLength(), caret + 1));
        boolean bracket = near.chars().anyMatch(c -> c == '{' || c == '}' || c == '[' || c == ']');
        boolean yaml = session.document().format() == DocumentFormat.YAML;
        Optional<BracketMatcher.Pair> match = bracket ? BracketMatcher.match(area.getText(), caret, yaml)
                : Optional.empty();
        match.ifPresentOrElse(pair -> {
            bracketOpen.selectRange(pair.open(), pair.open() + 1);
            bracketClose.selectRange(pair.close(), pair.close() + 1);
        }, () -> {
            bracketOpen.deselect();
            bracketClose.deselect();
        });
    }

    /** Tints the text of the selected state, so the eye finds it after a jump. */
    private void highlight(@Nullable String pointer) {
        SessionDocument document = session.document();
        SourceMap.Entry entry = pointer == null || !document.analysed() ? null
                : document.analysis().document().sourceMap().entry(pointer);
        if (entry == null) {
            stateHighlight.deselect();
            return;
        }
        SourceSpan member = entry.member();
        int end = Math.min(member.endOffset(), area.getLength());
        stateHighlight.selectRange(Math.min(member.startOffset(), end), end);
    }

    private boolean visible(int paragraph) {
        try {
            return paragraph >= area.firstVisibleParToAllParIndex() && paragraph <= area.lastVisibleParToAllParIndex();
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            return false;
        }
    }

    private Highlight extraSelection(String name, String styleClass) {
        Highlight selection = new Highlight(name, styleClass, area);
        if (!area.addSelection(selection)) {
            throw new IllegalStateException("The code area already has a selection named " + name);
        }
        return selection;
    }
}
