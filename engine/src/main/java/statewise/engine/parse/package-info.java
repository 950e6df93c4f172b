/**
 * Reading ASL text: {@link statewise.engine.parse.TreeReader} turns JSON or YAML into a JSON tree with a source
 * map, {@link statewise.engine.parse.ModelBinder} turns the tree into the model, and
 * {@link statewise.engine.parse.AslParser} puts the two together. Bad input is data: every problem becomes a
 * diagnostic at an exact position, and nothing here throws for any input text.
 */
@NullMarked
package statewise.engine.parse;

import org.jspecify.annotations.NullMarked;
