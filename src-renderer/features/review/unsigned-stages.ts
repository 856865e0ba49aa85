import type { ReviewStage, ReviewStatus } from '../../../src-main/shared/team/review-schema'

/** The 三审 stages of a report not signed yet, in order. */
export function unsignedStages(status: Pick<ReviewStatus, 'stages'>): ReviewStage[] {
  return status.stages.filter((stage) => stage.signedBy === null).map((stage) => stage.stage)
}
