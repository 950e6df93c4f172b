package statewise.engine.validate;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import statewise.engine.document.DiagnosticCode;
import statewise.engine.model.MapState;
import statewise.engine.model.TaskState;
import statewise.engine.parse.Placeholders;

/**
 * A Task's {@code Resource} is an ARN AWS recognises: a Lambda function, an activity, an AWS SDK integration
 * ({@code arn:aws:states:::aws-sdk:service:action}), the HTTP task, or an optimized service integration with an
 * action that integration offers. EXPRESS state machines refuse activities and the {@code .sync} and
 * {@code .waitForTaskToken} patterns. AWS: "The resource provided ... is not recognized. The value is not a valid
 * resource ARN, or the resource is not available in this region."
 *
 * <p>Only optimized integrations listed in {@link #OPTIMIZED} are checked action by action; a service not listed
 * is accepted, so that integrations AWS adds later are not refused here.
 */
final class TaskResources implements StateRule {

    private static final Pattern ARN = Pattern.compile("arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):([a-z0-9-]+):"
            + "([a-z0-9-]*):([^:]*):(.+)");
    private static final Pattern INTEGRATION = Pattern.compile("([a-z0-9-]+):([A-Za-z0-9]+)"
            + "(\\.sync(?::2)?|\\.waitForTaskToken)?");
    private static final Pattern SDK = Pattern.compile("aws-sdk:[a-z0-9-]+:[A-Za-z0-9]+(\\.waitForTaskToken)?");

    /** Optimized integrations whose actions are known, by service. */
    static final Map<String, List<String>> OPTIMIZED = Map.ofEntries(
            Map.entry("lambda", List.of("invoke")),
            Map.entry("dynamodb", List.of("getItem", "putItem", "updateItem", "deleteItem")),
            Map.entry("sns", List.of("publish")),
            Map.entry("sqs", List.of("sendMessage")),
            Map.entry("events", List.of("putEvents")),
            Map.entry("states", List.of("startExecution")),
            Map.entry("http", List.of("invoke")),
            Map.entry("batch", List.of("submitJob")),
            Map.entry("ecs", List.of("runTask")),
            Map.entry("glue", List.of("startJobRun")),
            Map.entry("apigateway", List.of("invoke")),
            Map.entry("s3", List.of("getObject", "listObjectsV2", "putObject")));

    @Override
    public void checkState(ValidationContext context, StateVisit v) {
        if (v.state() instanceof TaskState task && task.resource() != null) {
            check(context, task.resource(), v.field("Resource"));
        } else if (v.state() instanceof MapState map) {
            if (map.itemReader() != null && map.itemReader().resource() != null) {
                check(context, map.itemReader().resource(), v.field("ItemReader") + "/Resource");
            }
            if (map.resultWriter() != null && map.resultWriter().resource() != null) {
                check(context, map.resultWriter().resource(), v.field("ResultWriter") + "/Resource");
            }
        }
    }

    private static void check(ValidationContext context, String resource, String pointer) {
        if (Placeholders.containsPlaceholder(resource)) {
            return;
        }
        Matcher arn = ARN.matcher(resource);
        if (!arn.matches()) {
            refuse(context, resource, pointer);
            return;
        }
        String service = arn.group(2);
        String rest = arn.group(5);
        if (service.equals("states") && arn.group(3).isEmpty() && arn.group(4).isEmpty()) {
            integration(context, resource, rest, pointer);
        } else if (service.equals("states") && rest.startsWith("activity:")) {
            if (context.options().express()) {
                context.report(DiagnosticCode.INVALID_RESOURCE, "Express state machine does not support Activity"
                        + " ARN.", pointer);
            }
        } else if (service.equals("lambda") && !rest.startsWith("function:")) {
            refuse(context, resource, pointer);
        }
    }

    private static void integration(ValidationContext context, String resource, String rest, String pointer) {
        if (SDK.matcher(rest).matches()) {
            express(context, rest, pointer);
            return;
        }
        Matcher m = INTEGRATION.matcher(rest);
        if (!m.matches()) {
            refuse(context, resource, pointer);
            return;
        }
        List<String> actions = OPTIMIZED.get(m.group(1));
        if (actions != null && !actions.contains(m.group(2))
                || m.group(1).equals("dynamodb") && m.group(3) != null) {
            refuse(context, resource, pointer);
            return;
        }
        express(context, rest, pointer);
    }

    private static void express(ValidationContext context, String rest, String pointer) {
        if (!context.options().express()) {
            return;
        }
        if (rest.endsWith(".waitForTaskToken")) {
            context.report(DiagnosticCode.INVALID_RESOURCE, "Express state machine does not support"
                    + " '.waitForTaskToken' service integration.", pointer);
        } else if (rest.contains(".sync")) {
            context.report(DiagnosticCode.INVALID_RESOURCE, "Express state machine does not support '.sync'"
                    + " service integration.", pointer);
        }
    }

    private static void refuse(ValidationContext context, String resource, String pointer) {
        context.report(DiagnosticCode.INVALID_RESOURCE, "The resource provided " + resource + " is not recognized."
                + " The value is not a valid resource ARN, or the resource is not available in this region.", pointer);
    }
}
