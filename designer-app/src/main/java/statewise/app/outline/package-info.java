@NullMarked
package statewise.app.outline;

import org.jspecify.annotations.NullMarked;
