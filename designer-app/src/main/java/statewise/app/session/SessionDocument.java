package statewise.app.session;

import java.util.List;
import statewise.engine.document.AslDocument;
import statewise.engine.document.Diagnostic;
import statewise.engine.document.DocumentFormat;

/**
 * One immutable revision of the open definition: its text, what the latest reading of it found, the last model
 * that could be read whole, and the node positions of the sidecar file. The session's history is a list of these,
 * so undo moves a pointer and never has to reverse an edit.
 *
 * <p>Typing changes the text at once and the analysis a moment later (the reparse runs off the FX thread), so
 * between the two the document is not {@link #analysed()}. While the text does not parse, {@link #model()} keeps
 * the last good reading and the document is {@link #stale()}.
 *
 * @param revision  a number no other revision in this session has; results computed for an older one are dropped
 * @param text      the definition's text
 * @param analysis  the latest reading: of {@code text} when {@code analysed}, else of an earlier text
 * @param model     the last reading without syntax errors (the latest one when none has been good yet)
 * @param analysed  true when {@code analysis} was made from {@code text}
 * @param positions where the user placed diagram nodes
 */
public record SessionDocument(long revision, String text, Analysis analysis, Analysis model, boolean analysed,
        NodePositions positions) {

    /** A document whose text has just been read and analysed. */
    public static SessionDocument of(long revision, Analysis analysis, NodePositions positions) {
        return new SessionDocument(revision, analysis.document().text(), analysis, analysis, true, positions);
    }

    /** The same document with new text that is not analysed yet; the model stays, marked stale. */
    public SessionDocument withText(long newRevision, String newText) {
        return new SessionDocument(newRevision, newText, analysis, model, false, positions);
    }

    /**
     * The same revision, now analysed. A reading with syntax errors replaces the diagnostics but not a model that
     * was read whole.
     */
    public SessionDocument withAnalysis(Analysis latest) {
        Analysis good = latest.unreadable() && !model.unreadable() ? model : latest;
        return new SessionDocument(revision, text, latest, good, true, positions);
    }

    /** The same text and analysis with other node positions, as a new revision. */
    public SessionDocument withPositions(long newRevision, NodePositions newPositions) {
        return new SessionDocument(newRevision, text, analysis, model, analysed, newPositions);
    }

    /** This revision with its analysis dropped to save memory: it is read again if it ever comes back. */
    public SessionDocument withoutAnalysis() {
        Analysis none = Analysis.none();
        return analysis == none ? this : new SessionDocument(revision, text, none, none, false, positions);
    }

    /**
     * This revision as it is shown when it comes back (undo, redo): as it was when it kept its analysis, else with
     * the analysis and model of {@code shown}, the document on screen until the reparse answers.
     */
    public SessionDocument restoredOver(SessionDocument shown) {
        return analysis != Analysis.none() ? this
                : new SessionDocument(revision, text, shown.analysis, shown.model, false, positions);
    }

    /** True while the model is not a reading of the current text: a reparse is pending or the text is broken. */
    public boolean stale() {
        return !analysed || model != analysis;
    }

    /** The diagnostics of the latest reading (of the current text when {@link #analysed()}). */
    public List<Diagnostic> diagnostics() {
        return analysis.diagnostics();
    }

    /** The parsed document behind the model the canvas and outline show. */
    public AslDocument modelDocument() {
        return model.document();
    }

    public DocumentFormat format() {
        return analysis.document().format();
    }
}
