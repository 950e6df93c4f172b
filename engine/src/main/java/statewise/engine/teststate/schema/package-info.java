/**
 * The response shapes of the AWS APIs that Step Functions integrations call, so that TestState can check a mocked
 * result as AWS does ({@code mock.fieldValidationMode}). The shapes are botocore's service models, trimmed to the
 * operations' outputs (see {@code engine/tools/trim_service_models.py}), and load only when a mock needs checking.
 */
@NullMarked
package statewise.engine.teststate.schema;

import org.jspecify.annotations.NullMarked;
