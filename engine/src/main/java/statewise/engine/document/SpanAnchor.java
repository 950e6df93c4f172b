package statewise.engine.document;

/**
 * Which part of the element a diagnostic names gets the underline. A reader looks for the squiggle on the thing that
 * is wrong: the value when the value is wrong (a state name that names no state, a bad path), the key when the field
 * itself is (unknown, misplaced, missing from its object). Each {@link DiagnosticCode} has its usual anchor.
 */
public enum SpanAnchor {
    /** The member's key; for an array element or the root, its value (only its first character if many lines). */
    KEY,
    /** The member's value when it fits on one line; a value over many lines falls back to {@link #KEY}. */
    VALUE
}
