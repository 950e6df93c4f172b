package statewise.engine.template;

/** A template that cannot be read, or a state machine in it whose definition cannot be; the message says why. */
final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TemplateException(String message) {
        super(message, null, false, false);
    }
}
