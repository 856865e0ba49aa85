import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { createHandlers } from './create-handlers'
import { dispatch } from './dispatch'

let workspace: Workspace
const context = { mode: 'cli' as const }

beforeEach(() => {
  workspace = openWorkspace(':memory:')
})
afterEach(() => workspace.close())

function rowCounts() {
  const count = (table: string) =>
    (workspace.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  return {
    reports: count('reports'),
    sections: count('sections'),
    revisions: count('section_revisions'),
  }
}

describe('dispatch over the contract', () => {
  it('runs a valid call and returns its value', async () => {
    const handlers = createHandlers(workspace)
    const result = await dispatch(
      handlers,
      'reports.create',
      { year: 2026, title: '答卷', organization: '' },
      context,
    )
    expect(result).toMatchObject({ ok: true, value: { year: 2026, title: '答卷' } })
  })

  it.each([
    ['reports.create', { year: 'abc', title: '答卷', organization: '' }],
    ['reports.create', { year: 1800, title: '答卷', organization: '' }],
    ['reports.create', { year: 2026, title: '   ', organization: '' }],
    ['reports.create', { year: 2026, title: '答卷', organization: '', extra: 1 }],
    ['reports.create', null],
    ['reports.rename', { id: -1, title: 'x' }],
    ['sections.save', { sectionId: 1, baseVersion: 1, doc: { type: 'paragraph' } }],
    ['sections.save', { sectionId: 1, baseVersion: 0, doc: { type: 'doc' } }],
    ['import.text', { text: 42, year: 2025 }],
    ['settings.setLanguage', { language: 'fr' }],
  ])('refuses %s with bad input %j: a Chinese message, nothing stored', async (channel, input) => {
    const before = rowCounts()
    const result = await dispatch(createHandlers(workspace), channel, input, context)
    expect(result).toMatchObject({ ok: false, code: 'invalid_input' })
    expect((result as { message: string }).message).toMatch(/^输入有误：/)
    expect(rowCounts()).toEqual(before)
  })

  it('names an unknown channel', async () => {
    const result = await dispatch(createHandlers(workspace), 'reports.dropAll', {}, context)
    expect(result).toEqual({
      ok: false,
      code: 'unknown_channel',
      message: '未知的操作：reports.dropAll',
      params: { channel: 'reports.dropAll' },
    })
  })

  it('returns expected failures as values with a Chinese message', async () => {
    const result = await dispatch(createHandlers(workspace), 'reports.open', { id: 77 }, context)
    expect(result).toEqual({
      ok: false,
      code: 'report_not_found',
      message: '找不到该报告（编号 77），它可能已被删除。',
      params: { id: 77 },
    })
  })

  it('reports a write to a read-only workspace in Chinese, not as a crash', async () => {
    const handlers = createHandlers(workspace)
    const created = await dispatch(
      handlers,
      'reports.create',
      { year: 2026, title: '答卷', organization: '' },
      context,
    )
    const reportId = (created as { value: { id: number } }).value.id
    workspace.db.pragma('query_only = ON')
    const result = await dispatch(
      handlers,
      'reports.rename',
      { id: reportId, title: '新名' },
      context,
    )
    expect(result).toMatchObject({
      ok: false,
      code: 'write_failed',
      message: '无法修改工作区：工作区文件是只读的。没有做任何修改。',
    })
  })
})
