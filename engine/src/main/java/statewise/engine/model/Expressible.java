package statewise.engine.model;

import java.util.Objects;

/**
 * A field that holds either a literal value or, in JSONata states, a {@code {% ... %}} expression computing it
 * (e.g. {@code TimeoutSeconds}, {@code MaxConcurrency}, Wait {@code Seconds}).
 *
 * @param <T> the literal's Java type
 */
public sealed interface Expressible<T> {

    /** A literal value as written. */
    record Literal<T>(T value) implements Expressible<T> {
        public Literal {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A JSONata expression string as written, including the {@code {%} and {@code %}} delimiters.
     *
     * @param text the whole string, e.g. {@code "{% $states.input.n %}"}
     */
    record Jsonata<T>(String text) implements Expressible<T> {
        public Jsonata {
            if (!JsonataText.isExpression(text)) {
                throw new IllegalArgumentException("not a {% %} expression: " + text);
            }
        }

        /** The expression between the delimiters, without surrounding blanks. */
        public String body() {
            return JsonataText.body(text);
        }
    }

    /**
     * A {@code ${Name}} definition-substitution placeholder (CloudFormation, SAM, CDK), filled in at deployment.
     *
     * @param text the string as written
     */
    record Placeholder<T>(String text) implements Expressible<T> {
    }

    static <T> Expressible<T> literal(T value) {
        return new Literal<>(value);
    }

    static <T> Expressible<T> jsonata(String text) {
        return new Jsonata<>(text);
    }
}
