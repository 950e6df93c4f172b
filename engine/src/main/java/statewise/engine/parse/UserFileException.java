package statewise.engine.parse;

import java.util.List;

/**
 * A user's file that cannot be used: its problems, one printed line each ({@link UserFile#line}). It is an
 * {@link IllegalArgumentException} because the file's content is the bad argument; callers print {@link #lines()}.
 */
public final class UserFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> lines;

    public UserFileException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    /** Throws the errors of {@code file} when it has any. */
    public static void throwIfErrors(UserFile file) {
        if (file.hasErrors()) {
            throw new UserFileException(file.errorLines());
        }
    }

    public List<String> lines() {
        return lines;
    }
}
