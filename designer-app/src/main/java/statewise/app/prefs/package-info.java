/** What the designer remembers between runs: window and pane layout, recent files, where its folders are. */
@NullMarked
package statewise.app.prefs;

import org.jspecify.annotations.NullMarked;
