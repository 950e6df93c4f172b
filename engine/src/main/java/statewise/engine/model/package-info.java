/**
 * The Amazon States Language as immutable Java values: one record per ASL construct, named as the specification
 * names it. Absent fields are {@code null}; fields whose value did not have the expected shape, and fields the
 * construct does not have, are kept verbatim in {@code extras()} so that nothing the author wrote is lost.
 * Positions are not part of the model (see {@link statewise.engine.document.SourceMap}), so {@code equals} means
 * "the same workflow".
 *
 * <p>Embedded JSON ({@code Parameters}, {@code Result}, {@code Assign}, ...) is held as Jackson trees, copied on
 * the way in. Treat them as read-only.
 */
@NullMarked
package statewise.engine.model;

import org.jspecify.annotations.NullMarked;
