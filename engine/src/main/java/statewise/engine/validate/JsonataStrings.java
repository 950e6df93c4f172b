package statewise.engine.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.Catcher;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ChoiceState;
import statewise.engine.model.Condition;
import statewise.engine.model.Expressible;
import statewise.engine.model.FailState;
import statewise.engine.model.ItemBatcher;
import statewise.engine.model.MapState;
import statewise.engine.model.ReaderConfig;
import statewise.engine.model.State;
import statewise.engine.model.TaskState;
import statewise.engine.model.WaitState;

/**
 * Every string of a JSONata state that may hold a {@code {% %}} expression, with its pointer: the fields the
 * specification lets JSONata states compute (Arguments, Output, Assign, Items, ItemSelector, Condition, the number
 * and timestamp fields, Error and Cause, Credentials, the reader's and writer's Arguments), at any depth.
 */
final class JsonataStrings {

    private JsonataStrings() {
    }

    static void forEach(State s, String pointer, BiConsumer<String, String> action) {
        json(s.arguments(), pointer + "/Arguments", action);
        json(s.output(), pointer + "/Output", action);
        json(s.assign(), pointer + "/Assign", action);
        if (s.catchers() != null) {
            for (int i = 0; i < s.catchers().size(); i++) {
                Catcher c = s.catchers().get(i);
                json(c.output(), pointer + "/Catch/" + i + "/Output", action);
                json(c.assign(), pointer + "/Catch/" + i + "/Assign", action);
            }
        }
        if (s instanceof TaskState t) {
            expressible(t.timeoutSeconds(), pointer + "/TimeoutSeconds", action);
            expressible(t.heartbeatSeconds(), pointer + "/HeartbeatSeconds", action);
            json(t.credentials(), pointer + "/Credentials", action);
        } else if (s instanceof WaitState w) {
            expressible(w.seconds(), pointer + "/Seconds", action);
            text(w.timestamp(), pointer + "/Timestamp", action);
        } else if (s instanceof FailState f) {
            text(f.error(), pointer + "/Error", action);
            text(f.cause(), pointer + "/Cause", action);
        } else if (s instanceof MapState m) {
            map(m, pointer, action);
        } else if (s instanceof ChoiceState c && c.choices() != null) {
            for (int i = 0; i < c.choices().size(); i++) {
                rule(c.choices().get(i), pointer + "/Choices/" + i, action);
            }
        }
    }

    private static void map(MapState m, String pointer, BiConsumer<String, String> action) {
        json(m.items(), pointer + "/Items", action);
        json(m.itemSelector(), pointer + "/ItemSelector", action);
        expressible(m.maxConcurrency(), pointer + "/MaxConcurrency", action);
        expressible(m.toleratedFailureCount(), pointer + "/ToleratedFailureCount", action);
        expressible(m.toleratedFailurePercentage(), pointer + "/ToleratedFailurePercentage", action);
        if (m.itemReader() != null) {
            json(m.itemReader().arguments(), pointer + "/ItemReader/Arguments", action);
            ReaderConfig config = m.itemReader().readerConfig();
            if (config != null) {
                expressible(config.maxItems(), pointer + "/ItemReader/ReaderConfig/MaxItems", action);
            }
        }
        ItemBatcher batcher = m.itemBatcher();
        if (batcher != null) {
            expressible(batcher.maxItemsPerBatch(), pointer + "/ItemBatcher/MaxItemsPerBatch", action);
            expressible(batcher.maxInputBytesPerBatch(), pointer + "/ItemBatcher/MaxInputBytesPerBatch", action);
            json(batcher.batchInput(), pointer + "/ItemBatcher/BatchInput", action);
        }
        if (m.resultWriter() != null) {
            json(m.resultWriter().arguments(), pointer + "/ResultWriter/Arguments", action);
        }
    }

    private static void rule(ChoiceRule rule, String pointer, BiConsumer<String, String> action) {
        if (rule.condition() instanceof Condition.Jsonata j) {
            action.accept(j.text(), pointer + "/Condition");
        }
        json(rule.output(), pointer + "/Output", action);
        json(rule.assign(), pointer + "/Assign", action);
    }

    private static void expressible(@Nullable Expressible<?> value, String pointer, BiConsumer<String, String> action) {
        if (value instanceof Expressible.Jsonata<?> j) {
            action.accept(j.text(), pointer);
        }
    }

    private static void text(@Nullable String value, String pointer, BiConsumer<String, String> action) {
        if (value != null) {
            action.accept(value, pointer);
        }
    }

    static void json(@Nullable JsonNode node, String pointer, BiConsumer<String, String> action) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            action.accept(node.textValue(), pointer);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                json(node.get(i), JsonPointer.child(pointer, i), action);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                json(e.getValue(), JsonPointer.child(pointer, e.getKey()), action);
            }
        }
    }
}
