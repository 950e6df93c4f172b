@NullMarked
package statewise.app.shell;

import org.jspecify.annotations.NullMarked;
