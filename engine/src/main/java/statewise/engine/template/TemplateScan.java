package statewise.engine.template;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What reading a template found: its state machines in template order, or why there are none to offer.
 *
 * @param stateMachines the state machines, each with its definition or the reason it cannot be read
 * @param error         null when the template was read and defines at least one state machine; else a sentence
 *                      for the user (not a template, bad YAML at a line, no state machine in it)
 */
public record TemplateScan(List<TemplateStateMachine> stateMachines, @Nullable String error) {

    public TemplateScan {
        stateMachines = List.copyOf(stateMachines);
    }

    static TemplateScan failed(String error) {
        return new TemplateScan(List.of(), error);
    }
}
