package statewise.engine.serialize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.JsonPointer;
import statewise.engine.model.Branch;
import statewise.engine.model.Catcher;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.Condition;
import statewise.engine.model.ItemBatcher;
import statewise.engine.model.ItemProcessor;
import statewise.engine.model.ItemReader;
import statewise.engine.model.ProcessorConfig;
import statewise.engine.model.ReaderConfig;
import statewise.engine.model.ResultWriter;
import statewise.engine.model.Retrier;
import statewise.engine.model.WriterConfig;

/**
 * The parts of states as JSON trees: retriers, catchers, Choice rules, Parallel branches and the Map state's
 * processor, reader, batcher and writer. In objects other than states, {@code Comment} comes first, as it does at
 * the top level.
 */
final class PartsTree {

    private final KeyOrder order;
    private final ModelTree graphs;

    PartsTree(KeyOrder order, ModelTree graphs) {
        this.order = order;
        this.graphs = graphs;
    }

    @Nullable ArrayNode retry(@Nullable List<Retrier> retry, String state) {
        return array(retry, JsonPointer.child(state, "Retry"), (r, pointer) -> new Members(r.extras())
                .text("Comment", r.comment())
                .strings("ErrorEquals", r.errorEquals())
                .integer("IntervalSeconds", r.intervalSeconds())
                .integer("MaxAttempts", r.maxAttempts())
                .number("BackoffRate", r.backoffRate())
                .integer("MaxDelaySeconds", r.maxDelaySeconds())
                .text("JitterStrategy", r.jitterStrategy())
                .build(order, pointer));
    }

    @Nullable ArrayNode catchers(@Nullable List<Catcher> catchers, String state) {
        return array(catchers, JsonPointer.child(state, "Catch"), (c, pointer) -> new Members(c.extras())
                .text("Comment", c.comment())
                .strings("ErrorEquals", c.errorEquals())
                .path("ResultPath", c.resultPath())
                .put("Output", c.output())
                .put("Assign", c.assign())
                .text("Next", c.next())
                .build(order, pointer));
    }

    @Nullable ArrayNode choices(@Nullable List<ChoiceRule> rules, String state) {
        return array(rules, JsonPointer.child(state, "Choices"), this::rule);
    }

    /**
     * A rule with its test flattened into it. Only the bound test is written in its place; further tests the
     * binder kept (a rule has exactly one) follow with the other extras, so reading the text again binds the same.
     */
    private ObjectNode rule(ChoiceRule rule, String pointer) {
        Members m = new Members(rule.extras()).text("Comment", rule.comment());
        Condition condition = rule.condition();
        if (condition instanceof Condition.Comparison comparison) {
            m.text("Variable", comparison.variable()).put(comparison.operator().aslName(), comparison.operand());
        } else {
            m.put("Variable", null);
            if (condition instanceof Condition.And and) {
                m.put("And", array(and.rules(), JsonPointer.child(pointer, "And"), this::rule));
            } else if (condition instanceof Condition.Or or) {
                m.put("Or", array(or.rules(), JsonPointer.child(pointer, "Or"), this::rule));
            } else if (condition instanceof Condition.Not not) {
                m.put("Not", rule(not.rule(), JsonPointer.child(pointer, "Not")));
            } else if (condition instanceof Condition.Jsonata jsonata) {
                m.text("Condition", jsonata.text());
            } else if (condition instanceof Condition.Literal literal) {
                m.put("Condition", literal.value());
            }
        }
        return m.put("Output", rule.output())
                .put("Assign", rule.assign())
                .text("Next", rule.next())
                .build(order, pointer);
    }

    @Nullable ArrayNode branches(@Nullable List<Branch> branches, String state) {
        return array(branches, JsonPointer.child(state, "Branches"), (b, pointer) -> {
            Members m = new Members(b.extras()).text("Comment", b.comment()).text("StartAt", b.startAt());
            graphs.states(m, b.states(), pointer);
            return m.build(order, pointer);
        });
    }

    @Nullable ObjectNode itemProcessor(@Nullable ItemProcessor processor, String state, String field) {
        if (processor == null) {
            return null;
        }
        String pointer = JsonPointer.child(state, field);
        ProcessorConfig config = processor.processorConfig();
        Members m = new Members(processor.extras())
                .text("Comment", processor.comment())
                .put("ProcessorConfig", config == null ? null : new Members(config.extras())
                        .text("Mode", config.mode())
                        .text("ExecutionType", config.executionType())
                        .build(order, JsonPointer.child(pointer, "ProcessorConfig")))
                .text("StartAt", processor.startAt());
        graphs.states(m, processor.states(), pointer);
        return m.build(order, pointer);
    }

    @Nullable ObjectNode itemReader(@Nullable ItemReader reader, String state) {
        if (reader == null) {
            return null;
        }
        String pointer = JsonPointer.child(state, "ItemReader");
        ReaderConfig config = reader.readerConfig();
        return new Members(reader.extras())
                .put("ReaderConfig", config == null ? null : new Members(config.extras())
                        .text("InputType", config.inputType())
                        .text("CSVHeaderLocation", config.csvHeaderLocation())
                        .strings("CSVHeaders", config.csvHeaders())
                        .text("CSVDelimiter", config.csvDelimiter())
                        .text("ManifestType", config.manifestType())
                        .expressible("MaxItems", config.maxItems())
                        .text("MaxItemsPath", config.maxItemsPath())
                        .build(order, JsonPointer.child(pointer, "ReaderConfig")))
                .text("Resource", reader.resource())
                .put("Parameters", reader.parameters())
                .put("Arguments", reader.arguments())
                .build(order, pointer);
    }

    @Nullable ObjectNode itemBatcher(@Nullable ItemBatcher batcher, String state) {
        if (batcher == null) {
            return null;
        }
        return new Members(batcher.extras())
                .expressible("MaxItemsPerBatch", batcher.maxItemsPerBatch())
                .text("MaxItemsPerBatchPath", batcher.maxItemsPerBatchPath())
                .expressible("MaxInputBytesPerBatch", batcher.maxInputBytesPerBatch())
                .text("MaxInputBytesPerBatchPath", batcher.maxInputBytesPerBatchPath())
                .put("BatchInput", batcher.batchInput())
                .build(order, JsonPointer.child(state, "ItemBatcher"));
    }

    @Nullable ObjectNode resultWriter(@Nullable ResultWriter writer, String state) {
        if (writer == null) {
            return null;
        }
        String pointer = JsonPointer.child(state, "ResultWriter");
        WriterConfig config = writer.writerConfig();
        return new Members(writer.extras())
                .put("WriterConfig", config == null ? null : new Members(config.extras())
                        .text("OutputType", config.outputType())
                        .text("Transformation", config.transformation())
                        .build(order, JsonPointer.child(pointer, "WriterConfig")))
                .text("Resource", writer.resource())
                .put("Parameters", writer.parameters())
                .put("Arguments", writer.arguments())
                .build(order, pointer);
    }

    private <T> @Nullable ArrayNode array(@Nullable List<T> elements, String pointer,
            BiFunction<T, String, ? extends JsonNode> element) {
        if (elements == null) {
            return null;
        }
        ArrayNode array = Members.NODES.arrayNode(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            array.add(element.apply(elements.get(i), JsonPointer.child(pointer, i)));
        }
        return array;
    }
}
