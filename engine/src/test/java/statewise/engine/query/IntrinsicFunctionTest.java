package statewise.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicFunctionTest {

    @Test
    void catalogueListsTheEighteenAwsIntrinsics() {
        List<String> names = Arrays.stream(IntrinsicFunction.values()).map(IntrinsicFunction::awsName).toList();
        assertEquals(List.of("States.Format", "States.StringToJson", "States.JsonToString", "States.Array",
                "States.ArrayPartition", "States.ArrayContains", "States.ArrayRange", "States.ArrayGetItem",
                "States.ArrayLength", "States.ArrayUnique", "States.Base64Encode", "States.Base64Decode",
                "States.Hash", "States.JsonMerge", "States.MathRandom", "States.MathAdd", "States.StringSplit",
                "States.UUID"), names);
    }

    @Test
    void lookupFindsEachFunctionByItsAwsName() {
        for (IntrinsicFunction function : IntrinsicFunction.values()) {
            assertEquals(Optional.of(function), IntrinsicFunction.byAwsName(function.awsName()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"states.format", "Format", "States.format", "States.Foo", ""})
    void lookupIsExactAndCaseSensitive(String name) {
        assertEquals(Optional.empty(), IntrinsicFunction.byAwsName(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            FORMAT          | 0   | false
            FORMAT          | 1   | true
            FORMAT          | 200 | true
            ARRAY           | 0   | true
            ARRAY           | 50  | true
            UUID            | 0   | true
            UUID            | 1   | false
            STRING_TO_JSON  | 1   | true
            STRING_TO_JSON  | 2   | false
            ARRAY_RANGE     | 2   | false
            ARRAY_RANGE     | 3   | true
            MATH_RANDOM     | 2   | true
            MATH_RANDOM     | 3   | true
            MATH_RANDOM     | 4   | false
            JSON_MERGE      | 3   | true
            HASH            | 1   | false
            """)
    void arityRulesFollowTheAwsGuide(IntrinsicFunction function, int count, boolean accepted) {
        assertEquals(accepted, function.acceptsArgumentCount(count));
    }

    @Test
    void variadicFunctionsRepeatTheirLastParameterType() {
        assertEquals(IntrinsicFunction.ValueType.STRING, IntrinsicFunction.FORMAT.parameterType(0));
        assertEquals(IntrinsicFunction.ValueType.ANY, IntrinsicFunction.FORMAT.parameterType(7));
    }

    @Test
    void errorAndCausePathAcceptTheFunctionsThatYieldStrings() {
        List<IntrinsicFunction> allowed = Arrays.stream(IntrinsicFunction.values())
                .filter(IntrinsicFunction::allowedInErrorOrCausePath).toList();
        assertEquals(List.of(IntrinsicFunction.FORMAT, IntrinsicFunction.JSON_TO_STRING,
                IntrinsicFunction.ARRAY_GET_ITEM, IntrinsicFunction.BASE64_ENCODE, IntrinsicFunction.BASE64_DECODE,
                IntrinsicFunction.HASH, IntrinsicFunction.UUID), allowed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ANY     | NULL    | true
            STRING  | ANY     | true
            NUMBER  | NUMBER  | true
            NUMBER  | STRING  | false
            ARRAY   | NULL    | false
            """)
    void valueTypeAcceptsTheSameTypeOrUnknown(IntrinsicFunction.ValueType expected,
            IntrinsicFunction.ValueType actual, boolean accepted) {
        assertEquals(accepted, expected.accepts(actual));
    }
}
