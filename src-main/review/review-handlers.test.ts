import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CallContext, ChannelName, ChannelOutput, Failure } from '../contract/channels'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import { createReport, openReport, setReportDeleted } from '../reports/report-service'
import { rollForwardReport } from '../roll-forward/roll-forward-report'
import { databaseFingerprint } from '../security/database-fingerprint'
import type { ReviewStage } from '../shared/team/review-schema'
import type { TeamRole } from '../shared/team/team-roles'
import { createTeamUserRepository } from '../team/team-user-repository'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { isReportLocked } from './report-lock'
import { reviewHandlers } from './review-handlers'

let workspace: Workspace
let reportId: number

/** A team account stored in the workspace, as the team server passes it to the handlers. */
function member(name: string, role: TeamRole): CallContext {
  const users = createTeamUserRepository(workspace.db)
  const createdAt = new Date().toISOString()
  const userId = users.insertUser({ name, role, passwordHash: 'x', createdAt })
  return { mode: 'team', caller: { userId, name, role } }
}

async function run(channel: ChannelName, input: unknown, context: CallContext) {
  return dispatch(createHandlers(workspace), channel, input, context)
}

async function call<C extends ChannelName>(channel: C, input: unknown, context: CallContext) {
  const result = await run(channel, input, context)
  if (!result.ok) {
    throw new Error(`${result.code}: ${result.message}`)
  }
  return result.value as ChannelOutput<C>
}

async function refused(channel: ChannelName, input: unknown, context: CallContext) {
  const before = databaseFingerprint(workspace)
  const result = await run(channel, input, context)
  expect(result.ok).toBe(false)
  expect(databaseFingerprint(workspace)).toEqual(before)
  return result as Failure
}

const sign = (stage: ReviewStage, context: CallContext) =>
  call('review.sign', { reportId, stage }, context)

let editor: CallContext
let deputy: CallContext
let chief: CallContext
const onePc: CallContext = { mode: 'electron' }

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  reportId = createReport(workspace, { year: 2025, title: '答卷', organization: '' }).id
  editor = member('王编', 'editor')
  deputy = member('李主任', 'reviewer')
  chief = member('赵总编', 'reviewer')
})
afterEach(() => workspace.close())

describe('the 三审 channels', () => {
  it('start unsigned and unlocked with no history', async () => {
    expect(await call('review.status', { reportId }, onePc)).toEqual({
      reportId,
      stages: [
        { stage: 'first', signedBy: null, signedAt: null },
        { stage: 'second', signedBy: null, signedAt: null },
        { stage: 'final', signedBy: null, signedAt: null },
      ],
      locked: false,
      events: [],
    })
  })

  it('sign 初审, 复审 and 终审 in order by three accounts; 终审 locks the text', async () => {
    await sign('first', editor)
    await sign('second', deputy)
    expect(isReportLocked(workspace.db, reportId)).toBe(false)
    const status = await sign('final', chief)
    expect(status.stages.map((stage) => stage.signedBy)).toEqual(['王编', '李主任', '赵总编'])
    expect(status.stages.every((stage) => !Number.isNaN(Date.parse(stage.signedAt!)))).toBe(true)
    expect(status.locked).toBe(true)
    expect(isReportLocked(workspace.db, reportId)).toBe(true)
    expect(status.events.map((event) => [event.kind, event.stage, event.by])).toEqual([
      ['signed', 'first', '王编'],
      ['signed', 'second', '李主任'],
      ['signed', 'final', '赵总编'],
    ])
  })

  it('refuse, in Chinese and storing nothing, a stage out of order, by the wrong role or twice by one account', async () => {
    expect((await refused('review.sign', { reportId, stage: 'second' }, deputy)).message).toBe(
      '三审须依次签发：初审、复审、终审。请先签发前一审。',
    )
    expect((await refused('review.sign', { reportId, stage: 'first' }, deputy)).code).toBe(
      'review_wrong_role',
    )
    const writer = member('张记者', 'writer')
    expect((await refused('review.sign', { reportId, stage: 'first' }, writer)).code).toBe(
      'review_wrong_role',
    )
    await sign('first', editor)
    await sign('second', deputy)
    const twice = await refused('review.sign', { reportId, stage: 'final' }, deputy)
    expect(twice.message).toBe('三审须由三个不同的账号签发，你已签过本报道的另一审。')
    const again = await refused('review.sign', { reportId, stage: 'second' }, chief)
    expect(again.code).toBe('review_already_signed')
    expect(again.message).toMatch(/^这一审已由李主任于 \d{4}-\d\d-\d\d \d\d:\d\d 签发。$/)
  })

  it('sign only on the team server, and only a report that exists and is not in the trash', async () => {
    const local = await refused('review.sign', { reportId, stage: 'first' }, onePc)
    expect(local).toMatchObject({
      code: 'team_only',
      message: '该功能只在团队服务器上可用（npm run team-server）。',
    })
    const missing = await refused('review.sign', { reportId: 987654, stage: 'first' }, editor)
    expect(missing.code).toBe('report_not_found')
    expect((await refused('review.status', { reportId: 987654 }, onePc)).code).toBe(
      'report_not_found',
    )
    setReportDeleted(workspace, reportId, true)
    expect((await refused('review.sign', { reportId, stage: 'first' }, editor)).code).toBe(
      'report_deleted',
    )
  })

  it('reopen a locked report with a reason: 终审 is voided and recorded, and must be signed again', async () => {
    await sign('first', editor)
    await sign('second', deputy)
    await sign('final', chief)
    const reason = '区统计局更正了原煤产量'
    const reopened = await call('review.reopen', { reportId, reason }, editor)
    expect(reopened.locked).toBe(false)
    expect(isReportLocked(workspace.db, reportId)).toBe(false)
    expect(reopened.stages.map((stage) => stage.signedBy)).toEqual(['王编', '李主任', null])
    expect(reopened.events.at(-1)).toMatchObject({
      kind: 'reopened',
      stage: 'final',
      by: '王编',
      note: reason,
    })
    expect(Date.parse(reopened.events.at(-1)!.at)).not.toBeNaN()
    const lead = openReport(workspace, reportId).sections[0]!
    const doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '更正' }] }],
    }
    const save = { sectionId: lead.id, baseVersion: lead.version, doc }
    expect(await run('sections.save', save, editor)).toMatchObject({ ok: true })
    const signedAgain = await sign('final', chief)
    expect(signedAgain.locked).toBe(true)
    expect(signedAgain.events.map((event) => event.kind)).toEqual([
      'signed',
      'signed',
      'signed',
      'reopened',
      'signed',
    ])
  })

  it('refuse to reopen without a reason, on one PC, by a writer or when nothing is locked', async () => {
    const reason = '更正'
    expect((await refused('review.reopen', { reportId, reason }, chief)).code).toBe(
      'review_not_locked',
    )
    await sign('first', editor)
    await sign('second', deputy)
    await sign('final', chief)
    expect((await refused('review.reopen', { reportId, reason: '  ' }, chief)).code).toBe(
      'invalid_input',
    )
    expect((await refused('review.reopen', { reportId, reason }, onePc)).code).toBe('team_only')
    const writer = member('张记者', 'writer')
    expect((await refused('review.reopen', { reportId, reason }, writer)).code).toBe(
      'review_reopen_role',
    )
    expect(isReportLocked(workspace.db, reportId)).toBe(true)
  })

  it('tell the team server when the lock changes: after 终审 and after reopening', () => {
    const changed: number[] = []
    const handlers = reviewHandlers(workspace, { onLockChanged: (id) => changed.push(id) })
    handlers['review.sign']({ reportId, stage: 'first' }, editor)
    handlers['review.sign']({ reportId, stage: 'second' }, deputy)
    expect(changed).toEqual([])
    handlers['review.sign']({ reportId, stage: 'final' }, chief)
    expect(changed).toEqual([reportId])
    handlers['review.reopen']({ reportId, reason: '更正' }, chief)
    expect(changed).toEqual([reportId, reportId])
    expect(() => handlers['review.sign']({ reportId, stage: 'final' }, deputy)).toThrow(
      expect.objectContaining({ code: 'review_same_signer' }),
    )
    expect(changed).toEqual([reportId, reportId])
    handlers['review.sign']({ reportId, stage: 'final' }, chief)
    expect(changed).toEqual([reportId, reportId, reportId])
  })

  it('keep a report’s record through the trash; a rolled-forward report starts unsigned with no comments', async () => {
    await sign('first', editor)
    await sign('second', deputy)
    await sign('final', chief)
    const sectionId = openReport(workspace, reportId).sections[0]!.id
    const anchor = { start: 'AQ==', end: 'Ag==' }
    await call('comments.add', { sectionId, anchor, quote: '', body: '好' }, chief)
    setReportDeleted(workspace, reportId, true)
    setReportDeleted(workspace, reportId, false)
    expect((await call('review.status', { reportId }, onePc)).locked).toBe(true)
    expect(await call('comments.list', { reportId }, onePc)).toHaveLength(1)

    const next = rollForwardReport(workspace, { reportId }).reportId
    const status = await call('review.status', { reportId: next }, onePc)
    expect(status.locked).toBe(false)
    expect(status.stages.every((stage) => stage.signedBy === null)).toBe(true)
    expect(status.events).toEqual([])
    expect(await call('comments.list', { reportId: next }, onePc)).toEqual([])
    expect(isReportLocked(workspace.db, reportId)).toBe(true)
  })
})
