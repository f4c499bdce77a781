// What the team can operate: the course's rules of thumb for managed services and dedicated operators.

import type { Assumptions } from './thresholds';
import type { Workload } from './types';

/**
 * Whether to choose managed services. The course's rules of thumb: teams under `managedBelowTeamSize` engineers
 * (5 by default) use managed databases, and self-hosting makes sense only for a team that has already run that
 * engine in production — so it needs deep expertise, a team at or above the size threshold (or one not stated) and
 * no stated preference for managed.
 */
export function prefersManaged(workload: Workload, assumptions: Assumptions): boolean {
  if (workload.preferManaged === true) return true;
  if (workload.teamSize !== undefined && workload.teamSize < assumptions.managedBelowTeamSize) return true;
  return workload.opsExpertise !== 'deep';
}

/** Whether the team has dedicated database operators (DBAs/SREs), read from `opsExpertise: 'deep'`. */
export function hasDedicatedOperators(workload: Workload): boolean {
  return workload.opsExpertise === 'deep';
}

/** One-line reason for the managed/self-hosted call, for `why` and the trace. */
export function managedReason(workload: Workload, assumptions: Assumptions): string {
  if (workload.preferManaged === true) return 'the team prefers managed services';
  if (workload.teamSize !== undefined && workload.teamSize < assumptions.managedBelowTeamSize) {
    return `a team of ${workload.teamSize} is under the ${assumptions.managedBelowTeamSize} engineers below which the course assumes managed services win on total cost`;
  }
  if (workload.opsExpertise !== 'deep') {
    return workload.opsExpertise === undefined
      ? 'no production operations experience was stated'
      : `the team's operations experience is "${workload.opsExpertise}", not production experience with this store`;
  }
  return 'the team has deep operations experience';
}
