/**
 * What an execution would cost on AWS Step Functions: billable state transitions for Standard workflows, requests
 * and GB-seconds for Express workflows, at public rates the user can change.
 */
@NullMarked
package statewise.engine.cost;

import org.jspecify.annotations.NullMarked;
