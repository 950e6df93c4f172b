package statewise.layout;

/**
 * An edge label where the layout put it.
 *
 * @param text what to write
 * @param box  where; it overlaps no node and no other label
 */
public record PlacedLabel(String text, Box box) {
}
