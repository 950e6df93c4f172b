/**
 * Task results from services run locally, each a {@link statewise.engine.run.TaskResolver} that answers its own
 * resources and passes every other call on: local HTTP endpoints and Lambda functions on hosts the user allowed,
 * S3 on the local disk, and nested executions of the workspace's state machines ({@code states:startExecution},
 * {@code .sync}, {@code .sync:2}), all with the response shapes AWS answers with.
 */
@NullMarked
package statewise.engine.run.service;

import org.jspecify.annotations.NullMarked;
