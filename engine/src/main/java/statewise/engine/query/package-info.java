@NullMarked
package statewise.engine.query;

import org.jspecify.annotations.NullMarked;
