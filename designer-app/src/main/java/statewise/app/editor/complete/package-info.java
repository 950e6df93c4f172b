/** Completion in the ASL editor: what fits at the caret, worked out from the text and the model without a screen. */
@NullMarked
package statewise.app.editor.complete;

import org.jspecify.annotations.NullMarked;
