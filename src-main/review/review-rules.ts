import type { ErrorParams } from '../shared/errors/app-error'
import type { ReviewStage } from '../shared/team/review-schema'
import { reviewStages } from '../shared/team/review-schema'
import type { TeamCaller } from '../shared/team/team-caller'
import type { TeamRole } from '../shared/team/team-roles'
import { signedAtText } from './signed-at-text'

/** Who may sign each stage: 初审 the editor, 复审 and 终审 a reviewer; an admin stands in. */
export const stageSigners: Record<ReviewStage, readonly TeamRole[]> = {
  first: ['editor', 'admin'],
  second: ['reviewer', 'admin'],
  final: ['reviewer', 'admin'],
}

/** Who may reopen a signed report's text (the reason is recorded): those who sign. */
export const reopeners: readonly TeamRole[] = ['editor', 'reviewer', 'admin']

/** The stage whose signature locks the report's text. */
export const lockingStage: ReviewStage = 'final'

/** The stages' names, as the check sheet prints them. */
export const stageNames: Record<ReviewStage, string> = {
  first: '初审',
  second: '复审',
  final: '终审',
}

/** A stage's current signature, as the rules need it. */
export interface StageSignature {
  stage: ReviewStage
  userId: number | null
  name: string
  signedAt: string
}

/** Why a call is refused: an error code and its message's parameters. */
export interface Refusal {
  code: string
  params?: ErrorParams
}

/** Whether these signatures lock the text (终审 signed). */
export function locksText(signatures: readonly StageSignature[]): boolean {
  return signatures.some((signature) => signature.stage === lockingStage)
}

/**
 * Why `caller` may not sign `stage` of a report signed as `signatures` say, or undefined when
 * they may: signing needs the team server; the stages go 初审 → 复审 → 终审, each once, each by
 * a role of `stageSigners` and each by a different account.
 */
export function signRefusal(
  stage: ReviewStage,
  caller: TeamCaller | undefined,
  signatures: readonly StageSignature[],
): Refusal | undefined {
  if (!caller) {
    return { code: 'team_only' }
  }
  const signed = new Map(signatures.map((signature) => [signature.stage, signature]))
  const already = signed.get(stage)
  if (already) {
    const at = signedAtText(already.signedAt)
    return { code: 'review_already_signed', params: { name: already.name, at } }
  }
  const earlier = reviewStages.slice(0, reviewStages.indexOf(stage))
  if (earlier.some((previous) => !signed.has(previous))) {
    return { code: 'review_out_of_order' }
  }
  if (!stageSigners[stage].includes(caller.role)) {
    return { code: 'review_wrong_role' }
  }
  const signedBefore = signatures.some(
    (signature) =>
      signature.userId === caller.userId ||
      (signature.userId === null && signature.name === caller.name),
  )
  if (signedBefore) {
    return { code: 'review_same_signer' }
  }
  return undefined
}

/**
 * Why `caller` may not reopen a report signed as `signatures` say, or undefined when they may:
 * on the team server, by a role of `reopeners`, and only while 终审 locks the text.
 */
export function reopenRefusal(
  caller: TeamCaller | undefined,
  signatures: readonly StageSignature[],
): Refusal | undefined {
  if (!caller) {
    return { code: 'team_only' }
  }
  if (!locksText(signatures)) {
    return { code: 'review_not_locked' }
  }
  if (!reopeners.includes(caller.role)) {
    return { code: 'review_reopen_role' }
  }
  return undefined
}
