/** Help menu: the keyboard shortcuts table and the About dialog with the versions in use. */
@NullMarked
package statewise.app.help;

import org.jspecify.annotations.NullMarked;
