/** The designer's stylesheets: colour tokens ({@code -sw-*}) on {@code .root} and the rules of the base controls. */
@NullMarked
package statewise.themes;

import org.jspecify.annotations.NullMarked;
