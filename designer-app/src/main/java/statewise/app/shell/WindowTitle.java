package statewise.app.shell;

/**
 * The window title: the application and the definition's name, with an asterisk in front of the name while there
 * are unsaved changes ({@code Statewise — *order.asl.json}). A pure function, tested without a screen.
 */
final class WindowTitle {

    /** The title without a definition. */
    static final String APP_NAME = "Statewise";

    private WindowTitle() {
    }

    static String of(String name, boolean dirty) {
        return APP_NAME + " — " + (dirty ? "*" : "") + name;
    }
}
