@NullMarked
package statewise.app.actions;

import org.jspecify.annotations.NullMarked;
