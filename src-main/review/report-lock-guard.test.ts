import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CallContext, ChannelName } from '../contract/channels'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import { createSeries, listReportMetrics } from '../metrics/metric-service'
import { createReport, openReport } from '../reports/report-service'
import { saveSection } from '../sections/section-service'
import type { DocumentNode } from '../shared/document/document-json'
import { rollForwardReport } from '../roll-forward/roll-forward-report'
import { databaseFingerprint } from '../security/database-fingerprint'
import type { TeamRole } from '../shared/team/team-roles'
import { createTeamUserRepository } from '../team/team-user-repository'
import type { Workspace } from '../workspace/workspace'
import { seedSampleOnFirstLaunch } from '../workspace/seed-sample'
import { openWorkspace } from '../workspace/workspace'
import { lockedChannels } from './report-lock-guard'

let workspace: Workspace
/** The 2026 report rolled forward from the 2025 sample: text, figures and year suggestions. */
let reportId: number
let admin: CallContext

function member(name: string, role: TeamRole): CallContext {
  const users = createTeamUserRepository(workspace.db)
  const createdAt = new Date().toISOString()
  const userId = users.insertUser({ name, role, passwordHash: 'x', createdAt })
  return { mode: 'team', caller: { userId, name, role } }
}

const run = (channel: ChannelName, input: unknown, context: CallContext) =>
  dispatch(createHandlers(workspace), channel, input, context)

async function lock(): Promise<void> {
  const signers = [
    member('王编', 'editor'),
    member('李主任', 'reviewer'),
    member('赵总编', 'reviewer'),
  ]
  for (const [index, stage] of (['first', 'second', 'final'] as const).entries()) {
    const result = await run('review.sign', { reportId, stage }, signers[index]!)
    expect(result.ok).toBe(true)
  }
}

function sectionOfKind(kind: string) {
  return openReport(workspace, reportId).sections.find((section) => section.kind === kind)!
}

function seriesRows() {
  return listReportMetrics(workspace, reportId).rows
}

function amountWithFigures() {
  return seriesRows().find((row) => row.kind === 'amount' && row.occurrences.length > 0)!
}

function findNode(
  node: DocumentNode,
  test: (node: DocumentNode) => boolean,
): DocumentNode | undefined {
  if (test(node)) {
    return node
  }
  for (const child of node.content ?? []) {
    const found = findNode(child, test)
    if (found) {
      return found
    }
  }
  return undefined
}

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

/**
 * Each channel that changes a report's text or figures, with a valid call on the report (built
 * before it is locked), which the lock must refuse and the unlocked report must accept.
 */
const cases: [string, ChannelName, () => unknown][] = [
  [
    'saving a section',
    'sections.save',
    () => {
      const lead = sectionOfKind('lead')
      return { sectionId: lead.id, baseVersion: lead.version, doc: paragraph('改写的导语') }
    },
  ],
  [
    'restoring a revision',
    'sections.restoreRevision',
    () => {
      const lead = sectionOfKind('lead')
      const [revision] = workspace.sections.listRevisions(lead.id)
      return { sectionId: lead.id, revisionId: revision!.id }
    },
  ],
  [
    'renaming a 栏目',
    'sections.structure',
    () => ({ op: 'rename', sectionId: sectionOfKind('heading').id, title: '新栏目' }),
  ],
  [
    'adding a 栏目',
    'sections.structure',
    () => ({
      op: 'add',
      reportId,
      kind: 'heading',
      title: '新栏目',
      placement: { after: sectionOfKind('heading').id },
    }),
  ],
  [
    'deleting a section',
    'sections.structure',
    () => ({ op: 'delete', sectionId: sectionOfKind('heading').id }),
  ],
  ['renaming the report', 'reports.rename', () => ({ id: reportId, title: '新标题' })],
  [
    'accepting a year suggestion',
    'rollForward.decide',
    () => {
      const pending = workspace.suggestions
        .listByReport(reportId)
        .find((suggestion) => suggestion.status === 'pending')!
      return { reportId, suggestionIds: [pending.id], decision: 'accept' }
    },
  ],
  [
    'filling a value',
    'metrics.setValue',
    () => ({ reportId, seriesId: amountWithFigures().id, text: '123' }),
  ],
  [
    'writing values from a statistics table',
    'metrics.applySpreadsheet',
    () => ({ reportId, values: [{ seriesId: amountWithFigures().id, value: 123, replace: true }] }),
  ],
  [
    'renaming a series',
    'metrics.relabel',
    () => ({ reportId, seriesId: amountWithFigures().id, label: '改过名的指标' }),
  ],
  [
    'turning figures back into text',
    'metrics.reject',
    () => ({ reportId, seriesId: amountWithFigures().id }),
  ],
  [
    'merging two series',
    'metrics.merge',
    () => {
      const draft = { reportId, unit: '吨', displayUnit: '万吨', kind: 'amount', text: '' } as const
      const from = createSeries(workspace, { ...draft, label: '甲指标' })
      const into = createSeries(workspace, { ...draft, label: '乙指标' })
      return { reportId, fromSeriesId: from.id, intoSeriesId: into.id }
    },
  ],
  [
    'splitting a series',
    'metrics.split',
    () => {
      const row = amountWithFigures()
      const section = workspace.sections.get(row.occurrences[0]!.sectionId)!
      const figure = findNode(section.doc, (node) => node.type === 'metric')!
      const doc = {
        ...section.doc,
        content: [...section.doc.content!, { type: 'paragraph', content: [figure] }],
      }
      saveSection(workspace, { sectionId: section.id, baseVersion: section.version, doc })
      const shared = seriesRows().find(
        (candidate) => candidate.id === Number(figure.attrs!.seriesId),
      )!
      const place = shared.occurrences.at(-1)!
      return {
        reportId,
        seriesId: shared.id,
        sectionId: place.sectionId,
        index: place.index,
        label: '拆出的指标',
      }
    },
  ],
  [
    'changing the unit figures are shown in',
    'metrics.setUnit',
    () => {
      const row = amountWithFigures()
      return { reportId, seriesId: row.id, unit: row.unit, displayUnit: row.displayUnit }
    },
  ],
  [
    'linking it as the previous year of another family',
    'families.link',
    () => {
      const later = createReport(workspace, { year: 2030, title: '另一系列', organization: '' })
      return { reportId: later.id, previousReportId: reportId, pairs: [], decisions: [] }
    },
  ],
]

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  const sampleId = seedSampleOnFirstLaunch(workspace)!
  reportId = rollForwardReport(workspace, { reportId: sampleId }).reportId
  admin = member('管理员', 'admin')
})
afterEach(() => workspace.close())

describe('a report locked by 终审', () => {
  it('lists exactly the channels of the table below as changing text or figures', () => {
    expect([...lockedChannels].sort()).toEqual(
      [...new Set(cases.map(([, channel]) => channel))].sort(),
    )
  })

  it.each(cases)(
    'refuses %s (%s) in every mode, storing nothing, and accepts it once reopened',
    async (_what, channel, inputOf) => {
      const input = inputOf()
      await lock()
      const onePc: CallContext = { mode: 'electron' }
      for (const context of [
        onePc,
        { mode: 'browser' } as const,
        { mode: 'cli' } as const,
        admin,
      ]) {
        const before = databaseFingerprint(workspace)
        const result = await run(channel, input, context)
        expect(result).toMatchObject({
          ok: false,
          code: 'report_locked',
          message: '本报道已终审签发，文字已锁定。如需修改，请先在“审签”中重新打开并写明原因。',
        })
        expect(databaseFingerprint(workspace)).toEqual(before)
      }
      const reopened = await run('review.reopen', { reportId, reason: '更正' }, admin)
      expect(reopened.ok).toBe(true)
      expect(await run(channel, input, admin)).toMatchObject({ ok: true })
    },
  )

  it('is still read, checked, commented on, exported and rolled forward', async () => {
    await lock()
    const lead = sectionOfKind('lead')
    const anchor = { start: 'AQ==', end: 'Ag==' }
    const calls: [ChannelName, unknown][] = [
      ['reports.open', { id: reportId }],
      ['checks.run', { reportId }],
      ['comments.add', { sectionId: lead.id, anchor, quote: '', body: '终审后的意见' }],
      ['export.report', { reportId, format: 'html' }],
      ['metrics.checkSheet', { reportId }],
      ['reports.rollForward', { id: reportId }],
    ]
    for (const [channel, input] of calls) {
      expect(await run(channel, input, admin), channel).toMatchObject({ ok: true })
    }
  })
})
