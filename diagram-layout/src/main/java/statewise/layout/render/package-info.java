/**
 * Draws a {@link statewise.layout.LayoutResult} without a display: as SVG text and as a PNG image through Java2D,
 * both by one painter behind a small canvas interface so they look the same. For READMEs, pull requests and CI
 * ({@code statewise render}).
 */
@NullMarked
package statewise.layout.render;

import org.jspecify.annotations.NullMarked;
