import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findMetricOccurrences } from '../shared/metrics/metric-occurrences'
import { importText } from '../import/text-import-service'
import { reportText } from '../reports/report-text'
import { useTempFolder } from '../test-support/temp-folder'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { decideSuggestions } from './decide-suggestions'
import { describeSuggestions } from './describe-suggestions'
import { rollForwardReport } from './roll-forward-report'

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')
let workspace: Workspace
let sourceId: number

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  sourceId = importText(workspace, { text: sample, year: 2025 })
})
afterEach(() => workspace.close())

function outline(reportId: number) {
  return workspace.sections
    .listByReport(reportId)
    .map(({ kind, title, position, lineageKey, parentId }) => ({
      kind,
      title,
      position,
      lineageKey,
      parentLineage: parentId === null ? null : workspace.sections.get(parentId)!.lineageKey,
    }))
}

function tableCounts() {
  const count = (table: string) =>
    (workspace.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
  return [
    'reports',
    'sections',
    'roll_forward_suggestions',
    'metric_series',
    'metric_values',
    'section_revisions',
  ].map(count)
}

describe('rollForwardReport', () => {
  it('rolls the sample 2025 → 2026 with the same structure, every figure pending', () => {
    const before = JSON.stringify(workspace.sections.listByReport(sourceId))
    const result = rollForwardReport(workspace, { reportId: sourceId })
    const report = workspace.reports.get(result.reportId)!
    expect(report).toMatchObject({
      year: 2026,
      predecessorId: sourceId,
      title: '2026年 上党区高质量发展答卷',
    })
    expect(report.familyId).toBe(workspace.reports.get(sourceId)!.familyId)

    const titles = (id: number) =>
      outline(id).map(({ kind, position, lineageKey, parentLineage }) => ({
        kind,
        position,
        lineageKey,
        parentLineage,
      }))
    expect(titles(result.reportId)).toEqual(titles(sourceId))

    const figures = findMetricOccurrences(workspace.sections.listByReport(sourceId)).length
    expect(figures).toBeGreaterThan(40)
    expect(result.pending).toBe(figures)
    expect(JSON.stringify(workspace.sections.listByReport(sourceId))).toBe(before)

    const shown = reportText(workspace, result.reportId)
    const masthead = shown.sections.find((section) => section.kind === 'masthead')!
    expect(masthead.text).toContain('2027')
    expect(masthead.text).not.toContain('2026')
    const subtitle = shown.sections.find((section) => section.kind === 'subtitle')!
    expect(subtitle.text).toBe('——上党区交出二〇二六年高质量发展答卷')
    expect(shown.sections.map((section) => section.text).join('\n')).toContain(
      '【待填·原煤产量·上年3598万吨】',
    )
  })

  it('copies a report whose sections were not created in reading order into reading order', () => {
    const { familyId } = workspace.reports.get(sourceId)!
    const reportId = workspace.reports.insert({
      familyId: `${familyId}-x`,
      year: 2025,
      title: '测试',
      organization: '',
      predecessorId: null,
    })
    const paragraph = (text: string) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    })
    const add = (title: string, parentId: number | null, position: number) =>
      workspace.sections.insert({
        reportId,
        parentId,
        position,
        kind: parentId === null ? 'heading' : 'subsection',
        title,
        doc: paragraph(`${title}：2025年的工作。`),
        lineageKey: `key-${title}`,
      })
    // Created later, read earlier: the second theme first, then subsections out of order.
    const second = add('第二', null, 1)
    const first = add('第一', null, 0)
    add('一之二', first, 1)
    add('二之一', second, 0)
    add('一之一', first, 0)
    const result = rollForwardReport(workspace, { reportId })
    const copies = workspace.sections.listByReport(result.reportId)
    expect(copies.map((section) => section.title)).toEqual([
      '第一',
      '一之一',
      '一之二',
      '第二',
      '二之一',
    ])
    const parentTitle = (id: number | null) =>
      copies.find((section) => section.id === id)?.title ?? null
    expect(copies.map((section) => [section.title, parentTitle(section.parentId)])).toEqual([
      ['第一', null],
      ['一之一', '第一'],
      ['一之二', '第一'],
      ['第二', null],
      ['二之一', '第二'],
    ])
    expect(result.suggestions.map((suggestion) => suggestion.sectionTitle)).toEqual([
      '第一',
      '一之一',
      '一之二',
      '第二',
      '二之一',
    ])
  })

  it('gives every copy version 1 and a first revision holding its text, edition lines moved on', () => {
    const { reportId } = rollForwardReport(workspace, { reportId: sourceId })
    const copies = workspace.sections.listByReport(reportId)
    expect(copies.length).toBe(workspace.sections.listByReport(sourceId).length)
    for (const copy of copies) {
      expect(copy.version).toBe(1)
      const revisions = workspace.sections.listRevisions(copy.id)
      expect(revisions.map((revision) => [revision.version, revision.reason])).toEqual([
        [1, 'create'],
      ])
      const first = workspace.sections.getRevision(revisions[0]!.id)!
      expect(first.doc).toEqual(copy.doc)
      expect(first.title).toBe(copy.title)
    }
    const subtitle = copies.find((section) => section.kind === 'subtitle')!
    expect(JSON.stringify(subtitle.doc)).toContain('二〇二六年')
  })

  it('lists the 2025年 mentions and 十四五 as suggestions with offsets in the shown text', () => {
    const { reportId, suggestions } = rollForwardReport(workspace, { reportId: sourceId })
    const shown = reportText(workspace, reportId)
    const years = suggestions.filter((suggestion) => suggestion.oldText === '2025年')
    expect(years.length).toBeGreaterThanOrEqual(4)
    expect(years.every((suggestion) => suggestion.proposedText === '2026年')).toBe(true)
    expect(suggestions).toContainEqual(
      expect.objectContaining({ oldText: '十四五', proposedText: '十五五', kind: 'plan' }),
    )
    expect(suggestions).toContainEqual(
      expect.objectContaining({ oldText: '2026年', proposedText: '2027年' }),
    )
    for (const suggestion of suggestions) {
      const section = shown.sections.find((item) => item.id === suggestion.sectionId)!
      expect(section.text.slice(suggestion.start, suggestion.end)).toBe(suggestion.oldText)
      expect(suggestion.status).toBe('pending')
    }
  })

  it('proposes a streak one year on as a suggestion, and writes it only when accepted', () => {
    const text = '开发区连续五年获评全省优秀开发区，新入驻企业37家。'
    const streakSource = importText(workspace, { text, year: 2025, title: '连续' })
    const { reportId, suggestions } = rollForwardReport(workspace, { reportId: streakSource })
    const streak = suggestions.find((suggestion) => suggestion.kind === 'streak')!
    expect(streak).toMatchObject({ oldText: '五年', proposedText: '六年', status: 'pending' })
    const bodyOf = () =>
      reportText(workspace, reportId)
        .sections.map((section) => section.text)
        .join('\n')
    expect(bodyOf()).toContain('连续五年')
    decideSuggestions(workspace, { reportId, suggestionIds: [streak.id], decision: 'accept' })
    expect(bodyOf()).toContain('连续六年获评')
  })

  it('accepts suggestions into the text and rejects others without touching it', () => {
    const { reportId, suggestions } = rollForwardReport(workspace, { reportId: sourceId })
    const years = suggestions.filter((suggestion) => suggestion.oldText === '2025年')
    const plan = suggestions.find((suggestion) => suggestion.kind === 'plan')!
    expect(
      decideSuggestions(workspace, {
        reportId,
        suggestionIds: years.map((item) => item.id),
        decision: 'accept',
      }),
    ).toEqual({ decided: years.length, missing: [] })
    expect(
      decideSuggestions(workspace, { reportId, suggestionIds: [plan.id], decision: 'reject' })
        .decided,
    ).toBe(1)
    const text = reportText(workspace, reportId)
      .sections.map((section) => section.text)
      .join('\n')
    expect(text).not.toContain('2025年，')
    expect(text).toContain('2026年，3598'.slice(0, 6))
    expect(text).toContain('十四五')
    const after = describeSuggestions(workspace, reportId)
    expect(
      after
        .filter((item) => item.status === 'accepted')
        .map((item) => item.id)
        .sort((a, b) => a - b),
    ).toEqual(years.map((item) => item.id).sort((a, b) => a - b))
    expect(after.find((item) => item.id === plan.id)?.status).toBe('rejected')
    const source = reportText(workspace, sourceId)
      .sections.map((section) => section.text)
      .join('\n')
    expect(source).toContain('2025年，')
  })

  it('asks before a second successor and makes one when confirmed', () => {
    rollForwardReport(workspace, { reportId: sourceId })
    expect(() => rollForwardReport(workspace, { reportId: sourceId })).toThrow(
      expect.objectContaining({ code: 'successor_exists' }),
    )
    const second = rollForwardReport(workspace, { reportId: sourceId, confirmSecond: true })
    expect(workspace.reports.get(second.reportId)?.year).toBe(2026)
  })

  it('leaves nothing behind when a write fails midway', () => {
    const before = tableCounts()
    let inserted = 0
    // The sections are copied by then: the third suggestion fails after most of the writes.
    const failing: Workspace = {
      ...workspace,
      suggestions: {
        ...workspace.suggestions,
        insert: (suggestion) => {
          if (++inserted === 3) {
            throw new Error('disk gave up')
          }
          return workspace.suggestions.insert(suggestion)
        },
      },
    }
    expect(() => rollForwardReport(failing, { reportId: sourceId })).toThrow('disk gave up')
    expect(inserted).toBe(3)
    expect(tableCounts()).toEqual(before)
  })
})

describe('rolling one report forward from two processes at once', () => {
  const tempFolder = useTempFolder()

  it('makes one successor: the later writer is refused by the database, not by a stale read', () => {
    const file = join(tempFolder(), 'workspace.sqlite')
    const first = openWorkspace(file)
    const second = openWorkspace(file)
    try {
      const id = importText(first, { text: sample, year: 2025 })
      // The second process rolls forward after the first one has read the report and found no
      // successor, and before the first one writes.
      const transaction = first.db.transaction.bind(first.db)
      let interleaved = false
      first.db.transaction = ((body: () => unknown) => {
        const run = transaction(body)
        return () => {
          if (!interleaved) {
            interleaved = true
            rollForwardReport(second, { reportId: id })
          }
          return run()
        }
      }) as typeof first.db.transaction
      expect(() => rollForwardReport(first, { reportId: id })).toThrow(
        expect.objectContaining({ code: 'successor_exists' }),
      )
      expect(interleaved).toBe(true)
      expect(second.reports.listSuccessors(id)).toHaveLength(1)
      expect(second.reports.listLive().filter((report) => report.year === 2026)).toHaveLength(1)
    } finally {
      first.close()
      second.close()
    }
  })

  it('refuses a second successor with the same roll-forward number inside SQLite', () => {
    rollForwardReport(workspace, { reportId: sourceId })
    expect(() =>
      workspace.reports.insert({
        year: 2026,
        title: '另一份',
        organization: '',
        predecessorId: sourceId,
        rollForwardNumber: 1,
      }),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }))
    workspace.reports.setDeleted(workspace.reports.listSuccessors(sourceId)[0]!.id, true)
    const again = rollForwardReport(workspace, { reportId: sourceId })
    expect(workspace.reports.lastRollForwardNumber(sourceId)).toBe(2)
    workspace.reports.setDeleted(workspace.reports.listTrashed()[0]!.id, false)
    expect(workspace.reports.listSuccessors(sourceId).map((report) => report.id)).toContain(
      again.reportId,
    )
  })
})
