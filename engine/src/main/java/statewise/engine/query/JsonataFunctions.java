package statewise.engine.query;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The functions Step Functions adds to JSONata, as its documentation lists them: {@code $partition(array, size)},
 * {@code $range(start, end, step)}, {@code $hash(value, algorithm)}, {@code $random([seed])}, {@code $uuid()} and
 * {@code $parse(json)}; and {@code $eval}, which AWS does not offer ("use $parse instead"), is taken away.
 *
 * <p>{@code $random} without a seed and {@code $uuid} draw from the execution's own generator, so that a run with
 * the same definition and input repeats itself; {@code $random(seed)} gives the same number for the same seed.
 * JSONata's {@code $now()} and {@code $millis()} read the execution's clock (virtual time in a virtual run, as the
 * context object's EnteredTime does), once per evaluation: every call in one expression gives the same time.
 * {@code $range} returns a sequence, as AWS's does: a range of one number is that number, not an array.
 *
 * <p>Also registered: the string functions the dashjoin port computes differently from jsonata-js (see
 * {@link JsonataStrings}).
 */
final class JsonataFunctions {

    /**
     * The functions that read the execution's generator or clock, bound per evaluation; the others are bound once
     * per compiled expression.
     */
    static final List<String> EXECUTION = List.of("random", "uuid", "now", "millis");

    /** AWS's algorithms for {@code $hash}, as for States.Hash. */
    static final List<String> HASH_ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    /** The most numbers {@code $range} makes, as for States.ArrayRange. */
    static final int MAX_RANGE = 1000;

    private static final HexFormat HEX = HexFormat.of();

    private JsonataFunctions() {
    }

    /** Binds the functions that need no generator into a compiled expression's own environment. */
    static void register(Jsonata expression) {
        expression.registerFunction("partition", new Jsonata.JFunction((input, args) -> partition(args), "<an:a>"));
        expression.registerFunction("range", new Jsonata.JFunction((input, args) -> range(args), "<nnn?:a>"));
        expression.registerFunction("hash", new Jsonata.JFunction((input, args) -> hash(args), "<ss:s>"));
        expression.registerFunction("parse", new Jsonata.JFunction((input, args) -> parse(args), "<s:x>"));
        expression.registerFunction("eval", new Jsonata.JFunction((input, args) -> {
            throw new FunctionError("$eval is not available in Step Functions: use $parse to read JSON text");
        }, "<sx?:x>"));
        JsonataStrings.register(expression);
    }

    /**
     * Binds {@code $random} and {@code $uuid}, drawing from {@code random}, and {@code $now([picture [, timezone]])}
     * and {@code $millis()}, reading {@code clock} once, into one evaluation's frame.
     */
    static void bindExecution(Jsonata.Frame frame, RandomGenerator random, InstantSource clock) {
        LongSupplier millis = new FirstReading(clock);
        frame.bind("now", new Jsonata.JFunction((input, args) -> Functions.dateTimeFromMillis(millis.getAsLong(),
                text(args, 0), text(args, 1)), "<s?s?:s>"));
        frame.bind("millis", new Jsonata.JFunction((input, args) -> millis.getAsLong(), "<:n>"));
        frame.bind("random", new Jsonata.JFunction((input, args) -> {
            Object seed = args.isEmpty() ? null : args.get(0);
            if (seed == null) {
                return random.nextDouble();
            }
            return new SplittableRandom(integer(seed, "$random", "seed")).nextDouble();
        }, "<n?:n>"));
        frame.bind("uuid", new Jsonata.JFunction((input, args) -> ValueIntrinsics.uuid(random).textValue(), "<:s>"));
    }

    /** The clock's time when first asked, the same ever after: JSONata's "one timestamp per evaluation". */
    private static final class FirstReading implements LongSupplier {
        private final InstantSource clock;
        private boolean read;
        private long millis;

        FirstReading(InstantSource clock) {
            this.clock = clock;
        }

        @Override
        public long getAsLong() {
            if (!read) {
                millis = clock.millis();
                read = true;
            }
            return millis;
        }
    }

    private static @Nullable String text(List<?> args, int index) {
        return args.size() > index && args.get(index) instanceof String text ? text : null;
    }

    private static Object partition(List<?> args) {
        List<?> array = (List<?>) args.get(0);
        long size = integer(args.get(1), "$partition", "chunk size");
        if (size <= 0) {
            throw new FunctionError("$partition: the chunk size must be a positive integer, but was " + size);
        }
        List<Object> chunks = new ArrayList<>();
        for (int from = 0; from < array.size(); from += (int) Math.min(size, Integer.MAX_VALUE)) {
            int to = (int) Math.min(array.size(), from + size);
            chunks.add(new ArrayList<Object>(array.subList(from, to)));
        }
        return chunks;
    }

    private static Object range(List<?> args) {
        long start = integer(args.get(0), "$range", "start");
        long end = integer(args.get(1), "$range", "end");
        long step = args.size() < 3 || args.get(2) == null ? 1 : integer(args.get(2), "$range", "step");
        if (step == 0) {
            throw new FunctionError("$range: the step must not be 0");
        }
        List<Object> numbers = Utils.createSequence();
        for (long n = start; step > 0 ? n <= end : n >= end; n += step) {
            if (numbers.size() == MAX_RANGE) {
                throw new FunctionError("$range: the range has more than " + MAX_RANGE + " numbers");
            }
            numbers.add(n);
        }
        return numbers;
    }

    private static Object hash(List<?> args) {
        String algorithm = (String) args.get(1);
        if (!HASH_ALGORITHMS.contains(algorithm)) {
            throw new FunctionError("$hash: the algorithm must be one of " + String.join(", ", HASH_ALGORITHMS)
                    + ", but was '" + algorithm + "'");
        }
        try {
            byte[] digest = MessageDigest.getInstance(algorithm)
                    .digest(((String) args.get(0)).getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    private static Object parse(List<?> args) {
        String text = (String) args.get(0);
        try {
            JsonNode value = JsonText.MAPPER.readTree(text);
            Object parsed = JsonataValues.toJsonata(value);
            if (parsed == null) {
                throw new FunctionError("$parse: the text is not JSON: " + text);
            }
            return parsed;
        } catch (JsonProcessingException e) {
            throw new FunctionError("$parse: the text is not JSON: " + text);
        }
    }

    private static long integer(Object value, String function, String what) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && !Double.isInfinite(n.doubleValue())) {
            return n.longValue();
        }
        throw new FunctionError(function + ": the " + what + " must be an integer, but was " + describe(value));
    }

    private static String describe(Object value) {
        JsonNode json = JsonataValues.toJson(value);
        return json == null ? "undefined" : JsonText.compact(json);
    }

    /** A failure of one of these functions: its message is the error's text, as a JSONata error's is. */
    static final class FunctionError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        FunctionError(String message) {
            super(message, null, false, false);
        }
    }
}
