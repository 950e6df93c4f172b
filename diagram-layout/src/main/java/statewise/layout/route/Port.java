package statewise.layout.route;

import statewise.layout.Point;

/**
 * Where a route touches a node: a point on the node's border and the side it is on. A route leaves a source port,
 * and enters a target port, at right angles to that side.
 */
public record Port(Point at, Side side) {

    /** The point {@code distance} out from the port, straight away from the node. */
    Point out(double distance) {
        return at.translate(side.dx() * distance, side.dy() * distance);
    }
}
