/**
 * The layout kernel: ELK layered (Eclipse Layout Kernel) behind this module's own API. {@link
 * statewise.layout.kernel.LGraphImporter} builds ELK layered's own graph for one level of the diagram and {@link
 * statewise.layout.kernel.LGraphTransferrer} copies the coordinates back; {@link
 * statewise.layout.kernel.LayeredKernel} lays out the levels innermost first and puts them together. No ELK type
 * leaves this package.
 */
@NullMarked
package statewise.layout.kernel;

import org.jspecify.annotations.NullMarked;
