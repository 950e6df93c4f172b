/**
 * State machine definitions inside CloudFormation and SAM templates: {@link
 * statewise.engine.template.CloudFormationTemplates} lists the state machines a template defines and reads each
 * one's definition, from {@code Definition}, {@code DefinitionString} (plain, {@code Fn::Sub} or {@code Fn::Join})
 * or a local {@code DefinitionUri}, keeping {@code ${...}} substitutions as placeholders.
 */
@NullMarked
package statewise.engine.template;

import org.jspecify.annotations.NullMarked;
