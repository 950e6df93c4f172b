/**
 * Checks a parsed definition against what AWS Step Functions accepts (errors) and what is probably a mistake
 * (warnings). Each rule is one class implementing {@link statewise.engine.validate.Rule}; its Javadoc quotes the
 * specification or AWS behaviour it enforces. {@link statewise.engine.validate.Validator} runs them all.
 */
@NullMarked
package statewise.engine.validate;

import org.jspecify.annotations.NullMarked;
