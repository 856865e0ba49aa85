import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CallContext, ChannelName, ChannelOutput, Failure } from '../contract/channels'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import { createReport, openReport, setReportDeleted } from '../reports/report-service'
import { settingKeys } from '../settings/setting-keys'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'

let workspace: Workspace
let reportId: number
let leadId: number

const onePc: CallContext = { mode: 'electron' }
const team = (name: string): CallContext => ({
  mode: 'team',
  caller: { userId: 1, name, role: 'reviewer' },
})
const anchor = { start: 'AQID', end: 'BAUG' }

async function call<C extends ChannelName>(
  channel: C,
  input: unknown,
  context: CallContext = onePc,
): Promise<ChannelOutput<C>> {
  const result = await dispatch(createHandlers(workspace), channel, input, context)
  if (!result.ok) {
    throw new Error(`${result.code}: ${result.message}`)
  }
  return result.value as ChannelOutput<C>
}

async function failure(channel: ChannelName, input: unknown, context = onePc): Promise<Failure> {
  const result = await dispatch(createHandlers(workspace), channel, input, context)
  expect(result.ok).toBe(false)
  return result as Failure
}

const addOn = (sectionId: number, body: string, context = onePc) =>
  call('comments.add', { sectionId, anchor, quote: '冬日的太行山脉', body }, context)

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  reportId = createReport(workspace, { year: 2025, title: '答卷', organization: '' }).id
  leadId = openReport(workspace, reportId).sections.find((section) => section.kind === 'lead')!.id
})
afterEach(() => workspace.close())

describe('comments', () => {
  it('stores a thread on a range of a section with its anchor, quote, author and time', async () => {
    const before = Date.now()
    const thread = await addOn(leadId, '“冬日”改为“初冬”？', team('李审'))
    expect(thread).toMatchObject({
      reportId,
      sectionId: leadId,
      parentId: null,
      anchor,
      quote: '冬日的太行山脉',
      body: '“冬日”改为“初冬”？',
      author: '李审',
      resolvedAt: null,
      resolvedBy: null,
    })
    expect(Date.parse(thread.createdAt)).toBeGreaterThanOrEqual(before)
    expect(await call('comments.list', { reportId })).toEqual([thread])
  })

  it('names the author on one PC after the reviewer in the settings, else 本机', async () => {
    expect((await addOn(leadId, '一')).author).toBe('本机')
    workspace.settings.set(settingKeys.language, 'en')
    expect((await addOn(leadId, '二')).author).toBe('This computer')
    workspace.settings.set(settingKeys.reviewer, '王涵')
    expect((await addOn(leadId, '三')).author).toBe('王涵')
  })

  it('keeps threads one level deep: a reply to a reply joins the thread', async () => {
    const thread = await addOn(leadId, '数据来源？')
    const reply = await call(
      'comments.reply',
      { commentId: thread.id, body: '统计局' },
      team('张三'),
    )
    const replyToReply = await call('comments.reply', { commentId: reply.id, body: '好' })
    expect(reply).toMatchObject({ parentId: thread.id, anchor: null, quote: '', author: '张三' })
    expect(replyToReply).toMatchObject({ parentId: thread.id, sectionId: leadId, body: '好' })
    const listed = await call('comments.list', { reportId })
    expect(listed.map((comment) => [comment.id, comment.parentId])).toEqual([
      [thread.id, null],
      [reply.id, thread.id],
      [replyToReply.id, thread.id],
    ])
  })

  it('resolves a thread (who and when) and opens it again; a reply resolves its thread', async () => {
    const thread = await addOn(leadId, '数据来源？')
    const reply = await call('comments.reply', { commentId: thread.id, body: '统计局' })
    const resolved = await call(
      'comments.resolve',
      { commentId: reply.id, resolved: true },
      team('李审'),
    )
    expect(resolved.id).toBe(thread.id)
    expect(resolved.resolvedBy).toBe('李审')
    expect(Date.parse(resolved.resolvedAt!)).not.toBeNaN()
    const listed = await call('comments.list', { reportId })
    expect(listed.find((comment) => comment.id === reply.id)!.resolvedAt).toBeNull()
    const reopened = await call('comments.resolve', { commentId: thread.id, resolved: false })
    expect([reopened.resolvedAt, reopened.resolvedBy]).toEqual([null, null])
  })

  it('hides the comments of a section in the trash until it is restored', async () => {
    const thread = await addOn(leadId, '删掉这段？')
    await call('sections.structure', { op: 'delete', sectionId: leadId })
    expect(await call('comments.list', { reportId })).toEqual([])
    expect((await failure('comments.reply', { commentId: thread.id, body: '好' })).code).toBe(
      'section_deleted',
    )
    await call('sections.structure', { op: 'restore', sectionId: leadId })
    expect(await call('comments.list', { reportId })).toEqual([thread])
  })

  it('refuses, in Chinese and storing nothing, what names nothing or cannot be written', async () => {
    expect(await failure('comments.list', { reportId: 987654 })).toMatchObject({
      code: 'report_not_found',
      message: '找不到该报告（编号 987654），它可能已被删除。',
    })
    expect((await failure('comments.reply', { commentId: 987654, body: '好' })).message).toBe(
      '找不到该批注（编号 987654），它可能已被删除。',
    )
    const input = { sectionId: 987654, anchor, quote: '', body: '好' }
    expect((await failure('comments.add', input)).code).toBe('section_not_found')
    expect((await failure('comments.add', { ...input, sectionId: leadId, body: ' ' })).code).toBe(
      'invalid_input',
    )
    setReportDeleted(workspace, reportId, true)
    expect((await failure('comments.add', { ...input, sectionId: leadId })).code).toBe(
      'report_deleted',
    )
    expect(await call('comments.list', { reportId })).toEqual([])
  })
})
