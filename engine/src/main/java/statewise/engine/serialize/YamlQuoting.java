package statewise.engine.serialize;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which YAML strings need quotes. Jackson's default check quotes YAML keywords ({@code true}, {@code null},
 * {@code yes}, ...) but leaves plain strings that a YAML reader takes for numbers ({@code 1e5}, {@code 0x1F},
 * {@code .inf}, {@code 12:30}) or that lose characters ({@code U+0085} is a line break to YAML), and it quotes
 * every string with a bracket or a comma, which is most JSONPath and intrinsic-function text. This check quotes
 * what would read back as something else or break the plain syntax, and leaves {@code $.items[0]} and
 * {@code States.Format('{}', $.name)} plain, as they may be in block style.
 */
final class YamlQuoting extends StringQuotingChecker {

    private static final long serialVersionUID = 1L;

    private static final Set<String> NUMBER_WORDS = Set.of("nan", ".nan", "inf", ".inf", "+.inf", "-.inf",
            "infinity", "+infinity", "-infinity");

    /** Characters that start something other than a plain scalar. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    @Override
    public boolean needToQuoteName(String name) {
        return needToQuote(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
        return needToQuote(value);
    }

    private boolean needToQuote(String s) {
        return isReservedKeyword(s) || readsAsOtherType(s) || hasBreakingCharacter(s) || breaksPlainSyntax(s);
    }

    /**
     * True when a block scalar would not give back {@code text}: YAML reads some characters in it as line breaks,
     * folds carriage returns, or cannot show control characters and byte-order marks there.
     */
    static boolean unsafeInBlock(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\n' || isBreakingCharacter(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Conservative: anything starting like a number (a digit, or a sign or dot before a digit or dot) is quoted,
     * which also covers YAML 1.1 sexagesimal numbers and timestamps that other YAML readers would convert.
     */
    private static boolean readsAsOtherType(String s) {
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(0);
        if (c >= '0' && c <= '9') {
            return true;
        }
        if ((c == '+' || c == '-' || c == '.') && s.length() > 1) {
            char d = s.charAt(1);
            if (d >= '0' && d <= '9' || d == '.') {
                return true;
            }
        }
        return s.length() <= 9 && NUMBER_WORDS.contains(s.toLowerCase(Locale.ROOT));
    }

    /** Starts with an indicator or a blank, ends with a blank or a colon, or holds a comment or mapping marker. */
    private static boolean breaksPlainSyntax(String s) {
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        return INDICATORS.indexOf(first) >= 0 || first == ' ' || last == ' ' || last == ':'
                || s.contains(": ") || s.contains(" #");
    }

    private static boolean hasBreakingCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || isBreakingCharacter(c)) {
                return true;
            }
        }
        return false;
    }

    /** NEL, LS, PS (line breaks to YAML), DEL and the byte-order mark. */
    private static boolean isBreakingCharacter(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u007f' || c == '\ufeff';
    }
}
