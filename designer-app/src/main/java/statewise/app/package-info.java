@NullMarked
package statewise.app;

import org.jspecify.annotations.NullMarked;
