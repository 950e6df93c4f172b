/**
 * The example workflows that ship with Statewise: realistic definitions with sample inputs, mock files and test
 * suites that run out of the box, and the {@code statewise examples} command that copies them out of the jar.
 */
@NullMarked
package statewise.app.examples;

import org.jspecify.annotations.NullMarked;
