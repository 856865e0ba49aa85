import { reviewStages } from '../shared/team/review-schema'
import type { Workspace } from '../workspace/workspace'
import { createReviewRepository } from './review-repository'
import { stageNames } from './review-rules'
import { signedAtText } from './signed-at-text'

/** One stage of a report's 审签 record as printed: its name, who signed and when, or 未签. */
export interface SignOffLine {
  stage: string
  signedBy: string
  signedAt: string
}

/** A report's 三审 stages in order, for the check sheet (Chinese, local time). */
export function reviewSignOffLines(workspace: Workspace, reportId: number): SignOffLine[] {
  const signatures = createReviewRepository(workspace.db).listSignatures(reportId)
  return reviewStages.map((stage) => {
    const signature = signatures.find((item) => item.stage === stage)
    return {
      stage: stageNames[stage],
      signedBy: signature?.name ?? '未签',
      signedAt: signature ? signedAtText(signature.signedAt) : '',
    }
  })
}
