/**
 * Keeping places across layouts: after an edit, nodes that are still there stay where the previous layout put
 * them and new ones are set next to their neighbours ({@link statewise.layout.keep.PlaceKeeper}); nodes the user
 * pinned stand exactly at their pins. Edges whose one end moved straight keep their routes, stretched ({@link
 * statewise.layout.keep.Stretch}); the others whose ends moved are routed again around the nodes ({@link
 * statewise.layout.keep.LevelRerouter}). Works on this module's own result types only, after the kernel.
 */
@NullMarked
package statewise.layout.keep;

import org.jspecify.annotations.NullMarked;
