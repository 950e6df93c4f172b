package statewise.app.session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;
import statewise.app.fx.UiThread;
import statewise.engine.document.JsonPointer;

/**
 * Owns the open definition: the current {@link SessionDocument} and one undo history of immutable snapshots shared
 * by every view, so Ctrl+Z means the same thing in the editor, the outline and the canvas. Every transition is
 * published once as a {@link DocumentChange} (see {@link ChangePublisher}: issuing an edit while one is being
 * published, from a change listener, throws {@link IllegalStateException}), with the states it changed.
 *
 * <p>Typing changes the text at once and schedules a reparse on the engine executor once typing pauses (see
 * {@link Reparser}); a result for a revision the user has moved past is dropped. The steps themselves, with typing
 * coalesced, are kept by {@link SessionHistory}. Only the UI thread calls the session.
 */
public final class DocumentSession {

    /** How long typing must pause before the text is parsed again. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(100);

    private final Reparser reparser;
    private final UiThread ui;
    private final long debounceMillis;
    private final LongSupplier clock;
    private final ChangePublisher publisher;
    private final ReadOnlyObjectWrapper<SessionDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(Selection.none());
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<@Nullable Path> file = new ReadOnlyObjectWrapper<>();
    private final SessionHistory history;
    private long lastRevision;

    /** A session holding an empty, untitled definition, reparsing {@code debounce} after typing stops. */
    public DocumentSession(ScheduledExecutorService engine, UiThread ui, Duration debounce, LongSupplier clock) {
        this.reparser = new Reparser(engine, ui, this::analysed);
        this.ui = ui;
        this.publisher = new ChangePublisher(ui);
        this.debounceMillis = debounce.toMillis();
        this.clock = clock;
        String untitled = DocumentNames.UNTITLED;
        SessionDocument empty = SessionDocument.of(++lastRevision, Analysis.of(untitled, ""), NodePositions.none());
        history = new SessionHistory(empty);
        document.set(empty);
        name.set(untitled);
    }

    public DocumentSession(ScheduledExecutorService engine, UiThread ui) {
        this(engine, ui, DEFAULT_DEBOUNCE, () -> System.nanoTime() / 1_000_000);
    }

    // ---- what views read

    public SessionDocument document() {
        return document.get();
    }

    public ReadOnlyObjectProperty<SessionDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** Tells {@code listener} about every transition, in order, on the UI thread. */
    public void addListener(Consumer<DocumentChange> listener) {
        publisher.add(listener);
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The file name shown in the title bar ({@code Untitled.asl.json} for a new definition). */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** The file the definition is saved in; null for a new or bundled one. */
    public ReadOnlyObjectProperty<@Nullable Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** True when the document differs from what was last opened or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return history.dirtyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** What Undo would take back, e.g. {@code Typing}; empty when nothing. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return history.undoLabelProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return history.redoLabelProperty();
    }

    // ---- transitions

    /**
     * Replaces the whole document: a file opened, a template, a recovered draft. The history starts again; when
     * {@code saved} is false the document counts as unsaved from the start.
     */
    public void load(DocumentSource source, Analysis analysis, NodePositions positions, boolean saved) {
        replaceDocument(source, analysis, positions, saved, ChangeOrigin.LOAD);
    }

    /** The open file was changed elsewhere and read again: like {@link #load}, but views keep their place. */
    public void reload(DocumentSource source, Analysis analysis, NodePositions positions) {
        replaceDocument(source, analysis, positions, true, ChangeOrigin.RELOAD);
    }

    private void replaceDocument(DocumentSource source, Analysis analysis, NodePositions positions, boolean saved,
            ChangeOrigin origin) {
        publisher.ensureFree();
        reparser.cancel();
        SessionDocument previous = document();
        SessionDocument loaded = SessionDocument.of(++lastRevision, analysis, positions);
        history.restart(loaded, saved);
        name.set(source.name());
        file.set(source.file());
        publish(new DocumentChange(previous, loaded, Set.of(JsonPointer.ROOT),
                TextDiff.minimal(previous.text(), loaded.text()), origin, null));
    }

    /**
     * The user typed {@code edit} in {@code source} (the editor), giving {@code newText}. Keystrokes that belong
     * together make one undo step (see {@link TypingCoalescer}); the reparse follows once typing pauses. The pause
     * is counted from the keystroke: the reparse is scheduled before the views hear of the new text, so their own
     * updates do not delay the canvas.
     */
    public void typed(TextEdit edit, String newText, Object source) {
        publisher.ensureFree();
        SessionDocument previous = document();
        if (newText.length() != previous.text().length() + edit.delta()) {
            throw new IllegalArgumentException("The typed edit " + edit + " does not lead to the given text");
        }
        SessionDocument next = previous.withText(++lastRevision, newText);
        history.typed(next, new TypingCoalescer.Keystroke(edit, clock.getAsLong()));
        scheduleReparse(next, debounceMillis);
        publish(new DocumentChange(previous, next, Set.of(), List.of(edit), ChangeOrigin.TYPING, source));
    }

    /**
     * Applies the result of a model edit (canvas, inspector, Format, Replace) as one undo step. The editor applies
     * {@code patch.edits()} as minimal changes, so its caret, scroll and folding stay; the text is read again once
     * the frame showing it is done, so that reading does not delay it.
     *
     * @throws IllegalArgumentException when the edits cannot turn the current text into {@code patch.newText()}
     *                                  (their lengths disagree)
     */
    public void apply(TextPatch patch, @Nullable Object source) {
        apply(patch, document().positions(), source);
    }

    /**
     * Like {@link #apply(TextPatch, Object)}, with the sidecar positions the edit leaves (a dropped state placed
     * where it was dropped, a renamed state's pin following it) in the same undo step.
     */
    public void apply(TextPatch patch, NodePositions positions, @Nullable Object source) {
        publisher.ensureFree();
        SessionDocument previous = document();
        int delta = patch.edits().stream().mapToInt(TextEdit::delta).sum();
        if (previous.text().length() + delta != patch.newText().length()) {
            throw new IllegalArgumentException("The edits of '" + patch.label() + "' do not give its new text");
        }
        if (patch.edits().isEmpty()) {
            return;
        }
        SessionDocument next = previous.withText(++lastRevision, patch.newText()).withPositions(lastRevision,
                positions);
        history.push(next, patch.label());
        publish(new DocumentChange(previous, next, patch.affected(), patch.edits(), ChangeOrigin.EDIT, source));
        ui.afterNextFrame(() -> {
            if (document().revision() == next.revision()) {
                scheduleReparse(next, 0);
            }
        });
    }

    /** Records moved nodes as one undo step; the text does not change. */
    public void movePositions(Map<String, NodePositions.Position> moved, String label, @Nullable Object source) {
        publisher.ensureFree();
        SessionDocument previous = document();
        SessionDocument next = previous.withPositions(++lastRevision, previous.positions().with(moved));
        history.push(next, label);
        publish(new DocumentChange(previous, next, moved.keySet(), List.of(), ChangeOrigin.POSITIONS, source));
    }

    /** Replaces every node position (Tidy up drops them all) as one undo step; the text does not change. */
    public void replacePositions(NodePositions positions, String label, @Nullable Object source) {
        publisher.ensureFree();
        SessionDocument previous = document();
        if (positions.equals(previous.positions())) {
            return;
        }
        SessionDocument next = previous.withPositions(++lastRevision, positions);
        history.push(next, label);
        publish(new DocumentChange(previous, next, previous.positions().changedIn(positions), List.of(),
                ChangeOrigin.POSITIONS, source));
    }

    public void undo() {
        publisher.ensureFree();
        SessionDocument earlier = history.undo();
        if (earlier != null) {
            restore(earlier, ChangeOrigin.UNDO);
        }
    }

    public void redo() {
        publisher.ensureFree();
        SessionDocument later = history.redo();
        if (later != null) {
            restore(later, ChangeOrigin.REDO);
        }
    }

    private void restore(SessionDocument stored, ChangeOrigin origin) {
        SessionDocument previous = document();
        SessionDocument target = stored.restoredOver(previous);
        if (target != stored) {
            history.replaceCurrent(target);
        }
        publish(new DocumentChange(previous, target, AffectedStates.restored(previous, target),
                TextDiff.minimal(previous.text(), target.text()), origin, null));
        if (!target.analysed()) {
            scheduleReparse(target, 0);
        } else {
            reparser.cancel();
        }
    }

    /** The current document is now what {@code saved} holds on disk. */
    public void markSaved(DocumentSource saved) {
        publisher.ensureFree();
        history.markSaved();
        name.set(saved.name());
        file.set(saved.file());
    }

    /** The document no longer matches its file (it changed on disk and the user kept this version). */
    public void markModified() {
        publisher.ensureFree();
        history.forgetSaved();
    }

    /** Selects a state (null for none) in every view; allowed from change listeners, since it edits nothing. */
    public void select(@Nullable String pointer, @Nullable Object source) {
        ui.check();
        selection.set(new Selection(pointer, source));
    }

    /**
     * Selects several states in every view; {@code primary} (one of them, or null when none) is what single-state
     * views show. Like {@link #select(String, Object)}, allowed from change listeners.
     */
    public void select(List<String> pointers, @Nullable String primary, @Nullable Object source) {
        ui.check();
        selection.set(new Selection(primary, pointers, source));
    }

    // ---- internals

    private void publish(DocumentChange change) {
        publisher.publish(change, () -> {
            document.set(change.current());
            history.show();
        });
    }

    private void scheduleReparse(SessionDocument target, long delayMillis) {
        reparser.schedule(target, name.get(), delayMillis);
    }

    /**
     * A reparse finished; it counts only if the document is still at the revision it read. What changed was found
     * on the engine thread, unless the model shown has changed since.
     */
    private void analysed(Reparser.Result result) {
        SessionDocument previous = document();
        Analysis analysis = result.analysis();
        if (previous.revision() != result.revision() || !previous.text().equals(analysis.document().text())) {
            return;
        }
        SessionDocument next = previous.withAnalysis(analysis);
        history.replaceCurrent(next);
        Set<String> affected = AffectedStates.analysed(previous, next, result.affectedFor(previous.model(),
                next.model()));
        publish(new DocumentChange(previous, next, affected, List.of(), ChangeOrigin.ANALYSIS, null));
    }
}
