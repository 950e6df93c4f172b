/**
 * The open definition as data: its text, what parsing made of it, where every element sits in the text, and the
 * diagnostics that parsing and validation produce. Neither {@code parse} nor {@code validate} reaches into the
 * other; both speak {@link statewise.engine.document.Diagnostic}.
 */
@NullMarked
package statewise.engine.document;

import org.jspecify.annotations.NullMarked;
