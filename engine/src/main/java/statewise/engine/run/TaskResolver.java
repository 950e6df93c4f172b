package statewise.engine.run;

/**
 * Where Task results come from: mock files, recorded histories, local endpoints, a person. Resolvers are called
 * on the execution's thread and must answer quickly; they must not throw for a bad input (answer a Failure).
 */
@FunctionalInterface
public interface TaskResolver {

    TaskOutcome resolve(TaskCall call);

    /** Answers every call with its effective input, so that any definition runs without set-up. */
    TaskResolver ECHO = call -> TaskOutcome.success(call.input());
}
