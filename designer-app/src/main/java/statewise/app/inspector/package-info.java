/**
 * The inspector: a form for every field of the selected state, the Choice rule builder, the Retry and Catch
 * editors and the data-flow preview.
 */
@NullMarked
package statewise.app.inspector;

import org.jspecify.annotations.NullMarked;
