/**
 * The themes: one token file per theme ({@code tokens/<theme>.properties}, every colour named), the stylesheet made
 * from it for JavaFX ({@code -sw-*} tokens on {@code .root} plus the shared control rules), the same colours for the
 * headless renderer, and WCAG contrast arithmetic. No JavaFX here.
 */
@NullMarked
package statewise.themes;

import org.jspecify.annotations.NullMarked;
