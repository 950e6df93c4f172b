@NullMarked
package statewise.app.problems;

import org.jspecify.annotations.NullMarked;
