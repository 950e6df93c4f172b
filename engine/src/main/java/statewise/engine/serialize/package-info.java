@NullMarked
package statewise.engine.serialize;

import org.jspecify.annotations.NullMarked;
