/**
 * What the designer learns about a definition without running it: the workflow variables each state may read
 * ({@link statewise.engine.analysis.VariableScopes}), for completion in the editor and the debugger's variables
 * view. The validator's rules build on the same analysis.
 */
@NullMarked
package statewise.engine.analysis;

import org.jspecify.annotations.NullMarked;
