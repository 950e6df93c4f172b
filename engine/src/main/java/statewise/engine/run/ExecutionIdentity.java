package statewise.engine.run;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The names and ARNs an execution runs under, as the context object ({@code $$}) and history show them.
 *
 * @param accountId        12-digit AWS account id
 * @param region           e.g. {@code us-east-1}
 * @param stateMachineName the state machine's name
 * @param executionName    the execution's name
 * @param roleArn          the execution role
 */
public record ExecutionIdentity(String accountId, String region, String stateMachineName, String executionName,
        String roleArn) {

    /** A local identity: account 111111111111, us-east-1. */
    public static ExecutionIdentity local(String stateMachineName, String executionName) {
        return new ExecutionIdentity("111111111111", "us-east-1", stateMachineName, executionName,
                "arn:aws:iam::111111111111:role/statewise-local");
    }

    public String stateMachineArn() {
        return "arn:aws:states:" + region + ":" + accountId + ":stateMachine:" + stateMachineName;
    }

    /** A standard workflow's execution ARN. */
    public String executionArn() {
        return "arn:aws:states:" + region + ":" + accountId + ":execution:" + stateMachineName + ":" + executionName;
    }

    /**
     * The execution ARN for a workflow type: Express executions are named
     * {@code arn:aws:states:<region>:<account>:express:<state machine>:<name>:<id>} (the id derived from the name,
     * so runs stay deterministic).
     */
    public String executionArn(WorkflowType type) {
        if (type == WorkflowType.STANDARD) {
            return executionArn();
        }
        UUID id = UUID.nameUUIDFromBytes((stateMachineName + ":" + executionName).getBytes(StandardCharsets.UTF_8));
        return "arn:aws:states:" + region + ":" + accountId + ":express:" + stateMachineName + ":" + executionName
                + ":" + id;
    }
}
