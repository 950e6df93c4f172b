package statewise.engine.query;

import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of reading an expression: the parsed value, or the first {@link ExpressionError}. Bad input is data,
 * so parsers in this package return this instead of throwing.
 *
 * @param <T> what a successful parse produces
 */
public sealed interface ParseResult<T> {

    /** The text was accepted. */
    record Ok<T>(T value) implements ParseResult<T> {
    }

    /** The text was refused; {@code error} says why and where. */
    record Failed<T>(ExpressionError error) implements ParseResult<T> {
    }

    static <T> ParseResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> ParseResult<T> failed(String message, int offset) {
        return new Failed<>(new ExpressionError(message, offset));
    }

    static <T> ParseResult<T> failed(ExpressionError error) {
        return new Failed<>(error);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    default Optional<T> result() {
        return this instanceof Ok<T> ok ? Optional.of(ok.value()) : Optional.empty();
    }

    default Optional<ExpressionError> failure() {
        return this instanceof Failed<T> failed ? Optional.of(failed.error()) : Optional.empty();
    }

    /** The value transformed by {@code mapper}, or the same failure. */
    default <U> ParseResult<U> map(Function<? super T, ? extends U> mapper) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(mapper.apply(ok.value()));
        }
        return new Failed<>(((Failed<T>) this).error());
    }
}
