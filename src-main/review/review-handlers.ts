import type { Handlers } from '../contract/channels'
import type { Workspace } from '../workspace/workspace'
import { createReviewRepository } from './review-repository'
import { lockingStage } from './review-rules'
import { reopenReport, reviewStatus, signStage } from './review-service'

/** What the team server hears from the sign-off: a report locked or unlocked (to rescope editors). */
export interface ReviewHandlerOptions {
  onLockChanged?: (reportId: number) => void
}

/** The 三审 channels: a report's 审签 record, signing a stage, reopening a locked report. */
export function reviewHandlers(workspace: Workspace, options: ReviewHandlerOptions = {}) {
  const reviews = createReviewRepository(workspace.db)
  return {
    'review.status': ({ reportId }) => reviewStatus(workspace, reviews, reportId),
    'review.sign': (input, context) => {
      const status = signStage(workspace, reviews, input, context.caller)
      if (input.stage === lockingStage) {
        options.onLockChanged?.(input.reportId)
      }
      return status
    },
    'review.reopen': (input, context) => {
      const status = reopenReport(workspace, reviews, input, context.caller)
      options.onLockChanged?.(input.reportId)
      return status
    },
  } satisfies Partial<Handlers>
}
