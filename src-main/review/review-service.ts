import { requireReport } from '../reports/report-service'
import { AppError } from '../shared/errors/app-error'
import type { ReviewStage, ReviewStatus } from '../shared/team/review-schema'
import { reviewStages } from '../shared/team/review-schema'
import type { TeamCaller } from '../shared/team/team-caller'
import type { Workspace } from '../workspace/workspace'
import type { ReviewRepository } from './review-repository'
import type { Refusal } from './review-rules'
import { lockingStage, locksText, reopenRefusal, signRefusal } from './review-rules'

function refuse(refusal: Refusal | undefined): void {
  if (refusal) {
    throw new AppError(refusal.code, refusal.params)
  }
}

/** A report's 审签 record: each stage signed (by whom, when) or not, the lock and the history. */
export function reviewStatus(
  workspace: Workspace,
  reviews: ReviewRepository,
  reportId: number,
): ReviewStatus {
  requireReport(workspace, reportId)
  const signatures = reviews.listSignatures(reportId)
  const byStage = new Map(signatures.map((signature) => [signature.stage, signature]))
  return {
    reportId,
    stages: reviewStages.map((stage) => ({
      stage,
      signedBy: byStage.get(stage)?.name ?? null,
      signedAt: byStage.get(stage)?.signedAt ?? null,
    })),
    locked: locksText(signatures),
    events: reviews.listEvents(reportId),
  }
}

/**
 * Signs a stage of a report as the signed-in account (see signRefusal for who may, and when).
 * A report in the trash is not signed.
 */
export function signStage(
  workspace: Workspace,
  reviews: ReviewRepository,
  input: { reportId: number; stage: ReviewStage },
  caller: TeamCaller | undefined,
): ReviewStatus {
  const report = requireReport(workspace, input.reportId)
  workspace.db.transaction(() => {
    refuse(signRefusal(input.stage, caller, reviews.listSignatures(report.id)))
    if (report.deletedAt) {
      throw new AppError('report_deleted')
    }
    reviews.sign(report.id, input.stage, { userId: caller!.userId, name: caller!.name })
  })()
  return reviewStatus(workspace, reviews, report.id)
}

/**
 * Reopens a report locked by 终审 for a change: the 终审 signature is voided (初审 and 复审
 * stand), the reason recorded with who and when, and 终审 must be signed again.
 */
export function reopenReport(
  workspace: Workspace,
  reviews: ReviewRepository,
  input: { reportId: number; reason: string },
  caller: TeamCaller | undefined,
): ReviewStatus {
  const report = requireReport(workspace, input.reportId)
  workspace.db.transaction(() => {
    refuse(reopenRefusal(caller, reviews.listSignatures(report.id)))
    reviews.reopen(report.id, lockingStage, caller!.name, input.reason)
  })()
  return reviewStatus(workspace, reviews, report.id)
}
