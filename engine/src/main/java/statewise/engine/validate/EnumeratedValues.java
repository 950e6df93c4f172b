package statewise.engine.validate;

import java.util.List;
import org.jspecify.annotations.Nullable;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.ItemProcessor;
import statewise.engine.model.MapState;
import statewise.engine.model.ProcessorConfig;
import statewise.engine.model.ReaderConfig;
import statewise.engine.model.Retrier;
import statewise.engine.model.WriterConfig;

/**
 * Fields that take one of a fixed set of words: JitterStrategy, a Map's processor Mode and ExecutionType, and the
 * item reader's and result writer's settings. AWS: "Value is not accepted. Valid values: ...".
 */
final class EnumeratedValues implements StateRule {

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        List<Retrier> retry = v.state().retry();
        if (retry != null) {
            for (int i = 0; i < retry.size(); i++) {
                oneOf(context, retry.get(i).jitterStrategy(), List.of("FULL", "NONE"),
                        v.field("Retry") + "/" + i + "/JitterStrategy");
            }
        }
        if (v.state() instanceof MapState map) {
            processor(context, map.itemProcessor(), v.field("ItemProcessor"));
            processor(context, map.iterator(), v.field("Iterator"));
            ReaderConfig reader = map.itemReader() == null ? null : map.itemReader().readerConfig();
            if (reader != null) {
                String p = v.field("ItemReader") + "/ReaderConfig";
                oneOf(context, reader.inputType(), List.of("CSV", "JSON", "JSONL", "MANIFEST", "PARQUET"),
                        p + "/InputType");
                oneOf(context, reader.csvHeaderLocation(), List.of("FIRST_ROW", "GIVEN"), p + "/CSVHeaderLocation");
                oneOf(context, reader.csvDelimiter(), List.of("COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB"),
                        p + "/CSVDelimiter");
            }
            writer(context, map, v);
        }
    }

    private static void writer(ValidationContext context, MapState map, StateVisit v) {
        WriterConfig writer = map.resultWriter() == null ? null : map.resultWriter().writerConfig();
        if (writer == null) {
            return;
        }
        String p = v.field("ResultWriter") + "/WriterConfig";
        if (writer.outputType() == null && !context.has(p + "/OutputType")) {
            context.report(DiagnosticCode.MISSING_FIELD, "The field 'OutputType' is required.", p);
        }
        if (writer.transformation() == null && !context.has(p + "/Transformation")) {
            context.report(DiagnosticCode.MISSING_FIELD, "The field 'Transformation' is required.", p);
        }
        oneOf(context, writer.outputType(), List.of("JSON", "JSONL"), p + "/OutputType");
        oneOf(context, writer.transformation(), List.of("NONE", "COMPACT", "FLATTEN"), p + "/Transformation");
    }

    private static void processor(ValidationContext context, @Nullable ItemProcessor processor, String pointer) {
        ProcessorConfig config = processor == null ? null : processor.processorConfig();
        if (config == null) {
            return;
        }
        String p = pointer + "/ProcessorConfig";
        oneOf(context, config.mode(), List.of(ProcessorConfig.INLINE, ProcessorConfig.DISTRIBUTED), p + "/Mode");
        oneOf(context, config.executionType(), List.of("STANDARD", "EXPRESS"), p + "/ExecutionType");
    }

    private static void oneOf(ValidationContext context, @Nullable String value, List<String> allowed,
            String pointer) {
        if (value != null && !allowed.contains(value)) {
            context.report(DiagnosticCode.INVALID_VALUE, "Value is not accepted. Valid values: "
                    + String.join(", ", allowed) + ".", pointer);
        }
    }
}
