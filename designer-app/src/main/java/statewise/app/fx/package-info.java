@NullMarked
package statewise.app.fx;

import org.jspecify.annotations.NullMarked;
