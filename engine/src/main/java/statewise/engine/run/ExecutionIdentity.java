package statewise.engine.run;

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

    public String executionArn() {
        return "arn:aws:states:" + region + ":" + accountId + ":execution:" + stateMachineName + ":" + executionName;
    }
}
