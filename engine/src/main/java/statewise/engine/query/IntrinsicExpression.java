package statewise.engine.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The syntax tree of an intrinsic function call, or of a whole {@code .$} value (a call or a path). Nodes keep
 * what evaluation needs (the resolved {@link IntrinsicFunction}, the literal values, the path split by
 * {@link AslPath}) and the offset where they start in the text, for messages.
 */
public sealed interface IntrinsicExpression {

    /** Where the node starts in the checked text (0-based). */
    int offset();

    /** {@code States.Name(arg, ...)}. */
    record Call(IntrinsicFunction function, List<IntrinsicExpression> arguments, int offset)
            implements IntrinsicExpression {
        public Call {
            Objects.requireNonNull(function, "function");
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * A single-quoted string, kept as written between the quotes so that {@code States.Format} can tell an escaped
     * {@code \{\}} from a {@code {}} placeholder.
     *
     * @param raw the characters between the quotes, escapes not yet applied
     */
    record StringLiteral(String raw, int offset) implements IntrinsicExpression {
        public StringLiteral {
            Objects.requireNonNull(raw, "raw");
        }

        /** The string's value: {@code \'}, {@code \{}, {@code \}} and {@code \\} stand for the escaped character. */
        public String value() {
            return unescape(raw, 0, raw.length());
        }

        /**
         * The literal text around each {@code {}} placeholder, unescaped: {@code 'a {} b {}'} gives
         * {@code ["a ", " b ", ""]}, one more part than there are placeholders.
         */
        public List<String> formatParts() {
            List<String> parts = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '{' && i + 1 < raw.length() && raw.charAt(i + 1) == '}') {
                    parts.add(unescape(raw, from, i));
                    from = i + 2;
                    i++;
                }
            }
            parts.add(unescape(raw, from, raw.length()));
            return List.copyOf(parts);
        }

        private static String unescape(String raw, int from, int to) {
            StringBuilder value = new StringBuilder(to - from);
            for (int i = from; i < to; i++) {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < to) {
                    i++;
                    c = raw.charAt(i);
                }
                value.append(c);
            }
            return value.toString();
        }
    }

    /** An integer or decimal number, possibly negative, e.g. {@code -1} or {@code 2.5}. */
    record NumberLiteral(BigDecimal value, int offset) implements IntrinsicExpression {
        public NumberLiteral {
            Objects.requireNonNull(value, "value");
        }

        public boolean isInteger() {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }
    }

    /** {@code true} or {@code false}. */
    record BooleanLiteral(boolean value, int offset) implements IntrinsicExpression {
    }

    /** {@code null}. */
    record NullLiteral(int offset) implements IntrinsicExpression {
    }

    /** A path argument ({@code $.a}, {@code $$.Execution.Id}, {@code $var.field}), evaluated at run time. */
    record PathArgument(AslPath path, int offset) implements IntrinsicExpression {
        public PathArgument {
            Objects.requireNonNull(path, "path");
        }
    }
}
