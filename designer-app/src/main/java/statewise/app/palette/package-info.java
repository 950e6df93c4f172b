/** The palette of state types the user drags onto the canvas. */
@NullMarked
package statewise.app.palette;

import org.jspecify.annotations.NullMarked;
