package statewise.engine.query;

import java.util.stream.Collectors;

/**
 * Writes a parsed intrinsic expression back as text, for AWS's messages, which quote the expression ("The function
 * 'States.Format('{}', $.a)' had the following error: ..."). Callers that still have the text as written pass that
 * instead; this canonical form (", " between arguments) is for those that only have the tree.
 */
final class IntrinsicText {

    private IntrinsicText() {
    }

    static String of(IntrinsicExpression expression) {
        if (expression instanceof IntrinsicExpression.Call call) {
            return call.function().awsName() + call.arguments().stream().map(IntrinsicText::of)
                    .collect(Collectors.joining(", ", "(", ")"));
        }
        if (expression instanceof IntrinsicExpression.StringLiteral string) {
            return "'" + string.raw() + "'";
        }
        if (expression instanceof IntrinsicExpression.NumberLiteral number) {
            return number.value().toPlainString();
        }
        if (expression instanceof IntrinsicExpression.BooleanLiteral bool) {
            return Boolean.toString(bool.value());
        }
        if (expression instanceof IntrinsicExpression.PathArgument argument) {
            return argument.path().text();
        }
        return "null";
    }
}
