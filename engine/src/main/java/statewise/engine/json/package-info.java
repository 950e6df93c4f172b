/** Comparing JSON values as people mean them: numbers by value, objects as exact or as a subset. */
@NullMarked
package statewise.engine.json;

import org.jspecify.annotations.NullMarked;
