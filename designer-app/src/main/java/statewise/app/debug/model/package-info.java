/**
 * What the debugger knows, free of nodes: executions and their events, which state each event belongs to, the
 * live status of every state for the canvas, breakpoints, saved inputs and the paused state's data. Filled on the
 * FX thread from batches of events; tested without a screen.
 */
@NullMarked
package statewise.app.debug.model;

import org.jspecify.annotations.NullMarked;
