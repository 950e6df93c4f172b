package statewise.app.editor;

/**
 * A breakpoint mark in the editor's gutter: a filled dot for a breakpoint that pauses every time, a ring for one
 * limited to a Map iteration or a Parallel branch, with a tooltip that says which.
 *
 * @param limited whether the breakpoint pauses only in one iteration or branch
 * @param tooltip what hovering the mark says
 */
public record LineMark(boolean limited, String tooltip) {
}
