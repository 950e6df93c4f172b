@NullMarked
package statewise.engine.cli;

import org.jspecify.annotations.NullMarked;
