import { describe, expect, it } from 'vitest'
import type { ReviewStage } from '../shared/team/review-schema'
import type { TeamCaller } from '../shared/team/team-caller'
import type { TeamRole } from '../shared/team/team-roles'
import type { StageSignature } from './review-rules'
import { locksText, reopenRefusal, signRefusal } from './review-rules'

const account = (userId: number, role: TeamRole): TeamCaller => ({
  userId,
  name: `账号${userId}`,
  role,
})
const signedBy = (stage: ReviewStage, userId: number | null, name = `账号${userId}`) =>
  ({ stage, userId, name, signedAt: '2026-03-01T02:30:00.000Z' }) satisfies StageSignature

const editor = account(1, 'editor')
const reviewer = account(2, 'reviewer')
const chief = account(3, 'reviewer')
const admin = account(4, 'admin')
const writer = account(5, 'writer')

const none: StageSignature[] = []
const first = [signedBy('first', 1)]
const firstAndSecond = [...first, signedBy('second', 2)]
const allThree = [...firstAndSecond, signedBy('final', 3)]

/** [what, stage, caller, signatures so far, the refusal's code or undefined when signed]. */
const signCases: [string, ReviewStage, TeamCaller | undefined, StageSignature[], string?][] = [
  ['on one PC nobody signs', 'first', undefined, none, 'team_only'],
  ['an editor signs 初审', 'first', editor, none],
  ['an admin stands in for 初审', 'first', admin, none],
  ['a reviewer does not sign 初审', 'first', reviewer, none, 'review_wrong_role'],
  ['a writer does not sign 初审', 'first', writer, none, 'review_wrong_role'],
  ['复审 waits for 初审', 'second', reviewer, none, 'review_out_of_order'],
  ['终审 waits for 初审 and 复审', 'final', chief, first, 'review_out_of_order'],
  ['终审 waits for 初审 too', 'final', chief, [signedBy('second', 2)], 'review_out_of_order'],
  ['a reviewer signs 复审 after 初审', 'second', reviewer, first],
  ['an editor does not sign 复审', 'second', account(9, 'editor'), first, 'review_wrong_role'],
  ['a writer does not sign 终审', 'final', writer, firstAndSecond, 'review_wrong_role'],
  ['another reviewer signs 终审', 'final', chief, firstAndSecond],
  ['an admin stands in for 终审', 'final', admin, firstAndSecond],
  [
    'the 复审 signer may not sign 终审 too',
    'final',
    reviewer,
    firstAndSecond,
    'review_same_signer',
  ],
  [
    'an admin who signed 初审 may not sign 复审',
    'second',
    admin,
    [signedBy('first', 4)],
    'review_same_signer',
  ],
  [
    'a deleted account is matched by name',
    'second',
    reviewer,
    [signedBy('first', null, '账号2')],
    'review_same_signer',
  ],
  ['a stage is signed once', 'first', admin, first, 'review_already_signed'],
  ['终审 is signed once', 'final', admin, allThree, 'review_already_signed'],
]

describe('the 三审 rules', () => {
  it.each(signCases)('%s', (_what, stage, caller, signatures, refused) => {
    expect(signRefusal(stage, caller, signatures)?.code).toBe(refused)
  })

  it('names who signed a stage already, and when (local time, to the minute)', () => {
    const refusal = signRefusal('first', admin, first)
    const at = new Date('2026-03-01T02:30:00.000Z')
    const hour = String(at.getHours()).padStart(2, '0')
    expect(refusal?.params).toEqual({ name: '账号1', at: `2026-03-01 ${hour}:30` })
  })

  it('locks the text exactly while 终审 is signed', () => {
    expect([none, first, firstAndSecond, allThree].map(locksText)).toEqual([
      false,
      false,
      false,
      true,
    ])
  })

  /** [what, caller, signatures, the refusal's code or undefined when reopened]. */
  const reopenCases: [string, TeamCaller | undefined, StageSignature[], string?][] = [
    ['on one PC nobody reopens', undefined, allThree, 'team_only'],
    ['a report not locked has nothing to reopen', chief, firstAndSecond, 'review_not_locked'],
    ['a writer may not reopen', writer, allThree, 'review_reopen_role'],
    ['the editor reopens', editor, allThree],
    ['a reviewer reopens', reviewer, allThree],
    ['an admin reopens', admin, allThree],
  ]
  it.each(reopenCases)('reopening: %s', (_what, caller, signatures, refused) => {
    expect(reopenRefusal(caller, signatures)?.code).toBe(refused)
  })
})
