package statewise.engine.run.items;

/**
 * Items could not be read: a malformed item file or settings that cannot apply to it. The message is the whole
 * explanation a user sees (it names the file, line and field where there is one); the Map run fails with
 * {@code States.ItemReaderFailed} and this message as the cause.
 */
public final class ItemReadException extends Exception {

    private static final long serialVersionUID = 1L;

    public ItemReadException(String message) {
        super(message, null, false, false);
    }
}
