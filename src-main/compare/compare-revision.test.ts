import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '../shared/errors/app-error'
import { importText } from '../import/text-import-service'
import { saveSection } from '../sections/section-service'
import { databaseFingerprint } from '../security/database-fingerprint'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { compareRevision } from './compare-revision'

const sample = readFileSync(join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'), 'utf8')
let workspace: Workspace
let sectionId: number

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  const reportId = importText(workspace, { text: sample, year: 2025 })
  const section = workspace.sections
    .listByReport(reportId)
    .find((item) => item.title === '科技创新点燃发展引擎')!
  sectionId = section.id
  saveSection(workspace, {
    sectionId,
    baseVersion: section.version,
    doc: JSON.parse(JSON.stringify(section.doc).replace('科创中心', '科创飞地')),
  })
})
afterEach(() => workspace.close())

describe('compareRevision', () => {
  it('gives an older revision’s text and what restoring it would change', () => {
    const [current, first] = workspace.sections.listRevisions(sectionId)
    expect([current.version, first.version]).toEqual([2, 1])
    const preview = compareRevision(workspace, { sectionId, revisionId: first.id })
    expect(preview).toMatchObject({ revisionId: first.id, version: 1, currentVersion: 2 })
    expect(preview.text).toContain('北上深杭科创中心引来40家企业')
    // From the current text to the revision: restoring takes 飞地 out and brings 中心 back.
    expect(preview.parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: '飞地' },
      { kind: 'added', text: '中心' },
    ])
    const latest = compareRevision(workspace, { sectionId, revisionId: current.id })
    expect(latest.parts.every((part) => part.kind === 'same')).toBe(true)
  })

  it('refuses a revision of another section and writes nothing', () => {
    const before = databaseFingerprint(workspace)
    const [, first] = workspace.sections.listRevisions(sectionId)
    const other = sectionId + 1
    expect(() => compareRevision(workspace, { sectionId: other, revisionId: first.id })).toThrow(
      AppError,
    )
    expect(() => compareRevision(workspace, { sectionId, revisionId: 99999 })).toThrow(/99999/)
    expect(databaseFingerprint(workspace)).toEqual(before)
  })
})
