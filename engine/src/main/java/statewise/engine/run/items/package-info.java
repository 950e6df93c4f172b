/**
 * A distributed Map's items from files: the parsers for the object formats an ItemReader reads (JSON array, JSON
 * Lines, CSV, an object listing) and the ItemBatcher's grouping. Pure functions of text and settings; the
 * interpreter fetches the objects through its Task resolver.
 */
@NullMarked
package statewise.engine.run.items;

import org.jspecify.annotations.NullMarked;
