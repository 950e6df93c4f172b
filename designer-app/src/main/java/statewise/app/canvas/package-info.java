/**
 * The diagram canvas: draws the laid-out state graph of the session's document and turns gestures on it (select,
 * move, connect, drop from the palette, rename, delete, copy and paste) into engine edits applied through the one
 * {@link statewise.app.session.DocumentSession}. Pure pieces (viewport maths, hit testing, gesture-to-edit mapping,
 * hover summaries) are kept free of JavaFX nodes so they are tested without a screen.
 */
@NullMarked
package statewise.app.canvas;

import org.jspecify.annotations.NullMarked;
