package statewise.engine.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import statewise.engine.model.ChoiceRule;
import statewise.engine.model.ComparisonOperator;
import statewise.engine.model.Condition;

class ChoiceEvaluatorTest {

    @ParameterizedTest(name = "{1} {0} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            StringEquals              | "Hello"                  | "Hello"                   | true
            StringEquals              | "HelloWorld"             | 0                         | false
            StringEquals              | "HelloWorld"             | null                      | false
            StringEquals              | "\\t\\n"                 | "\\t\\r\\n"               | false
            StringLessThan            | "AB"                     | "A"                       | true
            StringLessThan            | ""                       | ""                        | false
            StringGreaterThan         | "A "                     | "A"                       | false
            StringGreaterThan         | "A"                      | "a"                       | true
            StringLessThanEquals      | "AB"                     | "A"                       | true
            StringGreaterThanEquals   | ""                       | ""                        | true
            StringMatches             | "log-*.txt"              | "log-2024.txt"            | true
            StringMatches             | "log-*.txt"              | "log-2024.txt.gz"         | false
            StringMatches             | "*"                      | ""                        | true
            StringMatches             | "a*b*c"                  | "abc"                     | true
            StringMatches             | "a*b*c"                  | "acb"                     | false
            StringMatches             | "*ab*ab"                 | "xabab"                   | true
            StringMatches             | "a\\\\*b"                | "a*b"                     | true
            StringMatches             | "a\\\\*b"                | "axb"                     | false
            StringMatches             | "a\\\\\\\\*"             | "a\\\\xyz"                | true
            StringMatches             | "a\\\\b"                 | "a\\\\b"                  | true
            StringMatches             | "*"                      | 1                         | false
            NumericEquals             | 1                        | 1                         | true
            NumericEquals             | 1.0                      | 1                         | true
            NumericEquals             | 0                        | 0.0                       | true
            NumericEquals             | 2.22                     | 2.22                      | true
            NumericEquals             | 1                        | 1.1                       | false
            NumericEquals             | 1                        | "1"                       | false
            NumericEquals             | 0                        | false                     | false
            NumericEquals             | 1                        | [1]                       | false
            NumericEquals             | 9223372036854775807      | 9223372036854775807       | true
            NumericEquals             | 10000000000000000000001  | 10000000000000000000000   | false
            NumericLessThan           | 1                        | 0                         | true
            NumericLessThan           | 0                        | 0.0                       | false
            NumericLessThan           | 0.3                      | 0.29999                   | true
            NumericGreaterThan        | 1                        | 1                         | false
            NumericGreaterThan        | -1.5                     | -1                        | true
            NumericLessThanEquals     | 0                        | 0.0                       | true
            NumericGreaterThanEquals  | 1                        | 0                         | false
            BooleanEquals             | true                     | true                      | true
            BooleanEquals             | false                    | false                     | true
            BooleanEquals             | true                     | false                     | false
            BooleanEquals             | true                     | "true"                    | false
            BooleanEquals             | false                    | 0                         | false
            BooleanEquals             | false                    | null                      | false
            TimestampEquals           | "2012-10-09T19:00:55Z"   | "2012-10-09T19:00:55Z"    | true
            TimestampEquals           | "2012-10-09T19:00:55Z"   | "2012-10-09T20:00:55+01:00" | true
            TimestampEquals           | "2012-10-09T19:00:55Z"   | "2012-10-09T19:00:55.000Z" | true
            TimestampEquals           | "2012-10-09T19:00:55Z"   | "2012-10-09T19:00:56Z"    | false
            TimestampEquals           | "2012-10-09T19:00:55Z"   | "2012-10-09T19:00:55"     | false
            TimestampEquals           | "2012-10-09T19:00:55Z"   | 0                         | false
            TimestampLessThan         | "2012-10-09T19:00:56Z"   | "2012-10-09T19:00:55Z"    | true
            TimestampLessThan         | "2012-10-09T19:00:55Z"   | "2012-10-09T19:00:55Z"    | false
            TimestampGreaterThan      | "2012-10-09T19:00:55Z"   | "2012-10-09T19:00:56Z"    | true
            TimestampLessThanEquals   | "2012-10-09T19:00:55Z"   | "2012-10-09T19:00:55Z"    | true
            TimestampGreaterThanEquals | "2012-10-09T19:00:56Z"  | "2012-10-09T19:00:55Z"    | false
            IsNull                    | true                     | null                      | true
            IsNull                    | true                     | ""                        | false
            IsNull                    | false                    | {}                        | true
            IsNumeric                 | true                     | 1.1                       | true
            IsNumeric                 | true                     | "1"                       | false
            IsNumeric                 | false                    | null                      | true
            IsString                  | true                     | ""                        | true
            IsString                  | true                     | ["x"]                     | false
            IsString                  | false                    | 0                         | true
            IsBoolean                 | true                     | false                     | true
            IsBoolean                 | true                     | 0                         | false
            IsBoolean                 | false                    | "true"                    | true
            IsTimestamp               | true                     | "2016-08-18T17:33:00Z"    | true
            IsTimestamp               | true                     | "2016-08-18T17:33:00.123456+01:00" | true
            IsTimestamp               | true                     | "2016-08-18"              | false
            IsTimestamp               | true                     | "2016-13-18T17:33:00Z"    | false
            IsTimestamp               | true                     | "2016-08-18t17:33:00z"    | false
            IsTimestamp               | false                    | 1                         | true
            IsPresent                 | true                     | null                      | true
            IsPresent                 | false                    | ""                        | false
            """)
    void comparesAsAwsDoes(String operator, String operand, String value, boolean expected) {
        Condition condition = comparison("$.v", operator, operand);
        assertEquals(expected, ChoiceEvaluator.matches(condition, scope("{\"v\":" + value + "}")));
    }

    @ParameterizedTest(name = "{1} {0} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            StringEqualsPath              | " "                    | "     "                  | false
            StringEqualsPath              | "a"                    | "a"                      | true
            StringLessThanPath            | "AB"                   | "A"                      | true
            StringGreaterThanEqualsPath   | "A"                    | "AB"                     | true
            StringLessThanEqualsPath      | "A"                    | "AB"                     | false
            StringGreaterThanPath         | "A "                   | "A"                      | false
            NumericEqualsPath             | 1.0                    | 1                        | true
            NumericEqualsPath             | 0                      | null                     | false
            NumericLessThanPath           | 1                      | 0                        | true
            NumericGreaterThanPath        | 1                      | 1                        | false
            NumericLessThanEqualsPath     | 1                      | 1                        | true
            NumericGreaterThanEqualsPath  | 0                      | 1                        | true
            BooleanEqualsPath             | false                  | false                    | true
            BooleanEqualsPath             | true                   | "true"                   | false
            TimestampEqualsPath           | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:55Z"   | true
            TimestampLessThanPath         | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:56Z"   | false
            TimestampGreaterThanPath      | "2012-10-09T19:00:55Z" | "2012-10-09T19:00:56Z"   | true
            TimestampLessThanEqualsPath   | "2012-10-09T19:00:56Z" | "2012-10-09T19:00:55Z"   | true
            TimestampGreaterThanEqualsPath | "2012-10-09T19:00:56Z" | "2012-10-09T19:00:55Z"  | false
            """)
    void pathFormsCompareWithTheValueTheirPathSelects(String operator, String other, String value,
            boolean expected) {
        Condition condition = comparison("$.v", operator, "\"$.o\"");
        assertEquals(expected,
                ChoiceEvaluator.matches(condition, scope("{\"v\":" + value + ",\"o\":" + other + "}")));
    }

    @Test
    void aVariableThatSelectsNothingFailsTheState() {
        QueryFailure failure = assertThrows(QueryFailure.class,
                () -> ChoiceEvaluator.matches(comparison("$.missing", "NumericEquals", "1"), scope("{}")));
        assertEquals(QueryFailure.RUNTIME, failure.error());
        assertEquals("Invalid path '$.missing': The choice state's condition path references an invalid value.",
                failure.cause());
    }

    @Test
    void anOperandPathThatSelectsNothingFailsTheState() {
        QueryFailure failure = assertThrows(QueryFailure.class, () -> ChoiceEvaluator.matches(
                comparison("$.left", "NumericLessThanPath", "\"$.right\""), scope("{\"left\":8}")));
        assertEquals("Invalid path '$.right': The choice state's condition path references an invalid value.",
                failure.cause());
    }

    @Test
    void isPresentAsksWithoutFailing() {
        assertFalse(ChoiceEvaluator.matches(comparison("$.missing", "IsPresent", "true"), scope("{}")));
        assertTrue(ChoiceEvaluator.matches(comparison("$.missing", "IsPresent", "false"), scope("{}")));
        assertTrue(ChoiceEvaluator.matches(comparison("$undefined", "IsPresent", "false"), scope("{}")));
    }

    @Test
    void variablesAndTheContextObjectCanBeTested() {
        PathScope scope = new PathScope(Json.parse("{}"), Json.parse("{\"Execution\":{\"Input\":{\"n\":0}}}"),
                name -> name.equals("x") ? Json.parse("42") : null);
        assertTrue(ChoiceEvaluator.matches(comparison("$x", "NumericEquals", "42"), scope));
        assertTrue(ChoiceEvaluator.matches(comparison("$$.Execution.Input.n", "NumericLessThanEquals", "0"), scope));
    }

    @Test
    void booleanCombinationsStopAtTheFirstRuleThatDecides() {
        Condition yes = comparison("$.v", "NumericEquals", "1");
        Condition no = comparison("$.v", "NumericEquals", "2");
        Condition failing = comparison("$.missing", "NumericEquals", "1");
        PathScope scope = scope("{\"v\":1}");
        assertFalse(ChoiceEvaluator.matches(new Condition.And(List.of(rule(no), rule(failing))), scope));
        assertTrue(ChoiceEvaluator.matches(new Condition.And(List.of(rule(yes), rule(yes))), scope));
        assertTrue(ChoiceEvaluator.matches(new Condition.Or(List.of(rule(yes), rule(failing))), scope));
        assertFalse(ChoiceEvaluator.matches(new Condition.Or(List.of(rule(no), rule(no))), scope));
        assertTrue(ChoiceEvaluator.matches(new Condition.Not(rule(no)), scope));
        assertThrows(QueryFailure.class,
                () -> ChoiceEvaluator.matches(new Condition.And(List.of(rule(yes), rule(failing))), scope));
    }

    @Test
    void jsonataConditionsAreNotEvaluatedHere() {
        assertThrows(IllegalArgumentException.class,
                () -> ChoiceEvaluator.matches(new Condition.Jsonata("{% true %}"), scope("{}")));
        assertThrows(IllegalArgumentException.class,
                () -> ChoiceEvaluator.matches(new Condition.Literal(Json.parse("true")), scope("{}")));
        assertThrows(IllegalArgumentException.class,
                () -> ChoiceEvaluator.matches(new Condition.Missing(), scope("{}")));
    }

    private static Condition comparison(String variable, String operator, String operand) {
        ComparisonOperator op = ComparisonOperator.fromAslName(operator);
        if (op == null) {
            throw new IllegalArgumentException(operator);
        }
        return new Condition.Comparison(variable, op, Json.parse(operand));
    }

    private static ChoiceRule rule(Condition condition) {
        return new ChoiceRule(condition, null, null, null, null, Map.of());
    }

    private static PathScope scope(String input) {
        JsonNode context = Json.parse("{}");
        return new PathScope(Json.parse(input), context, VariableLookup.NONE);
    }
}
