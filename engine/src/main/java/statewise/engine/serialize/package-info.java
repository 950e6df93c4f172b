/**
 * Writing the ASL model back as JSON or YAML text: {@link statewise.engine.serialize.AslSerializer} is the inverse
 * of the parser, and {@link statewise.engine.serialize.KeyOrder} carries a previous revision's key order so that
 * re-serializing after an edit keeps the author's layout of fields.
 */
@NullMarked
package statewise.engine.serialize;

import org.jspecify.annotations.NullMarked;
