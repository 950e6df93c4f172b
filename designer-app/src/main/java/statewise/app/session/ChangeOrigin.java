package statewise.app.session;

/** Why the session's document changed. */
public enum ChangeOrigin {
    /** A definition was opened, created from a template or recovered: everything is new. */
    LOAD,
    /** The open file changed on disk and was read again: everything may be new, but views keep their place. */
    RELOAD,
    /** The user typed in the ASL editor: the text changed, the model follows after the reparse. */
    TYPING,
    /** A reparse finished: the analysis (and, when the text reads, the model) of the current text arrived. */
    ANALYSIS,
    /** A model edit (canvas, inspector, Format, Replace) changed the text in one step. */
    EDIT,
    /** Nodes were moved on the canvas: only positions changed. */
    POSITIONS,
    UNDO,
    REDO
}
