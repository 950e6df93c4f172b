package statewise.engine.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.Condition;
import statewise.engine.model.FailState;
import statewise.engine.model.JsonataText;
import statewise.engine.model.MapState;
import statewise.engine.model.QueryLanguage;
import statewise.engine.model.State;
import statewise.engine.model.TaskState;
import statewise.engine.model.WaitState;
import statewise.engine.query.IntrinsicExpression;
import statewise.engine.query.IntrinsicParser;
import statewise.engine.query.JsonPaths;
import statewise.engine.query.JsonataSyntax;

/**
 * The workflow variables a state reads, with where: {@code $name} paths in JSONPath states (path fields, the
 * {@code .$} values of templates and the paths inside intrinsic calls) and {@code $name} references in the
 * {@code {% %}} expressions of JSONata states ({@code $states} is not a variable).
 */
final class VariableReads {

    /** One read of variable {@code name} by the field at {@code pointer}. */
    record Read(String name, String pointer) {
    }

    private VariableReads() {
    }

    static List<Read> of(StateVisit v) {
        List<Read> reads = new ArrayList<>();
        if (v.queryLanguage() == QueryLanguage.JSONATA) {
            JsonataStrings.forEach(v.state(), v.pointer(), (text, pointer) -> {
                if (JsonataText.isExpression(text)) {
                    for (String name : JsonataSyntax.variablesRead(JsonataText.body(text))) {
                        if (!name.equals("states")) {
                            reads.add(new Read(name, pointer));
                        }
                    }
                }
            });
            return reads;
        }
        jsonPathReads(v, (text, pointer) -> path(text, pointer, reads));
        return reads;
    }

    private static void jsonPathReads(StateVisit v, BiConsumer<String, String> paths) {
        State s = v.state();
        if (s.inputPath() != null && s.inputPath().path() != null) {
            paths.accept(s.inputPath().path(), v.field("InputPath"));
        }
        if (s.outputPath() != null && s.outputPath().path() != null) {
            paths.accept(s.outputPath().path(), v.field("OutputPath"));
        }
        templates(s.parameters(), v, "Parameters", paths);
        templates(s.resultSelector(), v, "ResultSelector", paths);
        templates(s.assign(), v, "Assign", paths);
        if (s.catchers() != null) {
            for (int i = 0; i < s.catchers().size(); i++) {
                templates(s.catchers().get(i).assign(), v.field("Catch") + "/" + i + "/Assign", paths);
            }
        }
        if (s instanceof TaskState t) {
            optional(t.timeoutSecondsPath(), v.field("TimeoutSecondsPath"), paths);
            optional(t.heartbeatSecondsPath(), v.field("HeartbeatSecondsPath"), paths);
            templates(t.credentials(), v.field("Credentials"), paths);
        } else if (s instanceof WaitState w) {
            optional(w.secondsPath(), v.field("SecondsPath"), paths);
            optional(w.timestampPath(), v.field("TimestampPath"), paths);
        } else if (s instanceof FailState f) {
            optional(f.errorPath(), v.field("ErrorPath"), paths);
            optional(f.causePath(), v.field("CausePath"), paths);
        } else if (s instanceof MapState m) {
            optional(m.itemsPath(), v.field("ItemsPath"), paths);
            templates(m.itemSelector(), v.field("ItemSelector"), paths);
            optional(m.maxConcurrencyPath(), v.field("MaxConcurrencyPath"), paths);
        } else if (s instanceof ChoiceState c && c.choices() != null) {
            for (int i = 0; i < c.choices().size(); i++) {
                rule(c.choices().get(i), v.field("Choices") + "/" + i, paths);
            }
        }
    }

    private static void rule(ChoiceRule rule, String pointer, BiConsumer<String, String> paths) {
        Condition c = rule.condition();
        if (c instanceof Condition.Comparison comparison) {
            optional(comparison.variable(), pointer + "/Variable", paths);
            if (comparison.operator().isPathForm() && comparison.operand().isTextual()) {
                paths.accept(comparison.operand().textValue(), pointer + "/" + comparison.operator().aslName());
            }
        } else if (c instanceof Condition.And and) {
            for (int i = 0; i < and.rules().size(); i++) {
                rule(and.rules().get(i), pointer + "/And/" + i, paths);
            }
        } else if (c instanceof Condition.Or or) {
            for (int i = 0; i < or.rules().size(); i++) {
                rule(or.rules().get(i), pointer + "/Or/" + i, paths);
            }
        } else if (c instanceof Condition.Not not) {
            rule(not.rule(), pointer + "/Not", paths);
        }
        templates(rule.assign(), pointer + "/Assign", paths);
    }

    private static void optional(@Nullable String path, String pointer, BiConsumer<String, String> paths) {
        if (path != null) {
            paths.accept(path, pointer);
        }
    }

    /** The {@code .$} values of the state's template {@code field}; its pointer is only spelled out when it is set. */
    private static void templates(@Nullable JsonNode node, StateVisit v, String field,
            BiConsumer<String, String> paths) {
        if (node != null && node.isContainerNode()) {
            templates(node, v.field(field), paths);
        }
    }

    /** The {@code .$} values of a template, at any depth. */
    private static void templates(@Nullable JsonNode node, String pointer, BiConsumer<String, String> paths) {
        if (node == null || !node.isContainerNode()) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                templates(node.get(i), JsonPointer.child(pointer, i), paths);
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String child = JsonPointer.child(pointer, e.getKey());
            if (e.getKey().endsWith(".$") && e.getValue().isTextual()) {
                paths.accept(e.getValue().textValue(), child);
            } else {
                templates(e.getValue(), child, paths);
            }
        }
    }

    /** A path or intrinsic call: the variables it reads. */
    private static void path(String text, String pointer, List<Read> reads) {
        if (text.startsWith("States.")) {
            IntrinsicParser.parseValue(text).result().ifPresent(e -> intrinsic(e, pointer, reads));
        } else {
            JsonPaths.splitVariable(text).ifPresent(ref -> reads.add(new Read(ref.name(), pointer)));
        }
    }

    private static void intrinsic(IntrinsicExpression e, String pointer, List<Read> reads) {
        if (e instanceof IntrinsicExpression.Call call) {
            call.arguments().forEach(argument -> intrinsic(argument, pointer, reads));
        } else if (e instanceof IntrinsicExpression.PathArgument p && p.path().variable() != null) {
            reads.add(new Read(p.path().variable(), pointer));
        }
    }
}
