/**
 * The designer's look at run time: the theme the user chose (View → Theme, {@code --theme}, the preferences), the
 * operating system's dark or high-contrast mode, and switching every open window without a restart.
 */
@NullMarked
package statewise.app.theme;

import org.jspecify.annotations.NullMarked;
