package statewise.engine.run;

/** How an execution ended (or that it has not), as AWS's DescribeExecution reports it. */
public enum ExecutionStatus {
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED
}
