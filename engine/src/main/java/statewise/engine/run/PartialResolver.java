package statewise.engine.run;

/**
 * A source of Task results that has answers for some Task states only: a mock file's test case (the states it
 * mocks), a recorded execution (the states it ran). {@link TaskSources} asks it first for the states it covers and
 * passes the other calls on to the next source; used on its own, it answers an uncovered call with a failure that
 * says what is missing.
 */
public interface PartialResolver extends TaskResolver {

    /** Whether this source has answers for {@code call}'s state; when not, the next source is asked. */
    boolean covers(TaskCall call);
}
