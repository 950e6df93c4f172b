/**
 * Orthogonal edge routing of this module's own, for the routes ELK does not draw: edges into nodes with very many
 * long incoming edges (shared error handlers), the edges of nodes the user pinned, and edges after an edit that kept
 * the other nodes in place. {@link statewise.layout.route.OrthogonalRouter} finds the cheapest route with few bends
 * around the nodes, preferring not to cross or run along other edges.
 */
@NullMarked
package statewise.layout.route;

import org.jspecify.annotations.NullMarked;
