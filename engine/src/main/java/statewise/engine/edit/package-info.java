/**
 * Canvas and inspector edits of a state machine, and how they reach the text. An {@link statewise.engine.edit.Edit}
 * is a pure function from the old model to the new one plus a menu label; {@link statewise.engine.edit.EditRules}
 * says whether an edit is allowed (and why not); {@link statewise.engine.edit.DocumentEdits} applies an edit to a
 * document as a minimal text change, so that the author's formatting, key order and YAML comments outside the
 * changed members stay byte-identical. {@link statewise.engine.edit.Clipboard} carries states between graphs and
 * files.
 */
@NullMarked
package statewise.engine.edit;

import org.jspecify.annotations.NullMarked;
