/**
 * The {@code statewise layout} and {@code statewise render} commands: a definition's layout as JSON, and its drawing
 * as SVG or PNG, without a display. The designer's {@code Main} registers them next to the engine's commands.
 */
@NullMarked
package statewise.layout.cli;

import org.jspecify.annotations.NullMarked;
