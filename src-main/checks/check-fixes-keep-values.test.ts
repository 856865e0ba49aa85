import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentNode } from '../shared/document/document-json'
import { documentTextMap, figureAnchor } from '../shared/document/document-text-map'
import { replaceTextRange } from '../shared/document/replace-text-range'
import { importText } from '../import/text-import-service'
import { listReportMetrics } from '../metrics/metric-service'
import { rollForwardReport } from '../roll-forward/roll-forward-report'
import { saveSection } from '../sections/section-service'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { applyTextFix } from '../shared/checks/apply-text-fix'
import { checkReport } from './check-report'

const sample = readFileSync(new URL('../../resources/shangdang-2025.txt', import.meta.url), 'utf8')

/** Slips a proofreader's check finds, planted after a sentence's first comma. */
const slips = [',', '4千人', '１２３个', '24年', '，，', '“十四五“', '3千5百', '下降']

function valueRows(workspace: Workspace): unknown[] {
  return workspace.db.prepare('SELECT * FROM metric_values ORDER BY id').all()
}

function seriesIdsIn(node: DocumentNode, into: number[] = []): number[] {
  if (node.type === 'metric') {
    into.push(Number(node.attrs?.seriesId))
  }
  node.content?.forEach((child) => seriesIdsIn(child, into))
  return into
}

function figuresOf(workspace: Workspace, reportId: number): number[] {
  return workspace.sections
    .listByReport(reportId)
    .flatMap((section) => seriesIdsIn(section.doc))
    .sort((a, b) => a - b)
}

let workspace: Workspace
let reportId: number

beforeAll(() => {
  workspace = openWorkspace(':memory:')
  const lastYear = importText(workspace, { text: sample, year: 2025 })
  reportId = rollForwardReport(workspace, { reportId: lastYear }).reportId
})
afterAll(() => workspace.close())

describe('check fixes', () => {
  it('never change a metric value or a figure, whatever sequence of fixes is applied', () => {
    const rows = listReportMetrics(workspace, reportId).rows
    let applied = 0
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -500, max: 5000 }), { nil: null }), {
          minLength: rows.length,
          maxLength: rows.length,
        }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...slips)), { maxLength: 6 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        (values, plants, choices) => {
          const savepoint = 'property_case'
          workspace.db.exec(`SAVEPOINT ${savepoint}`)
          try {
            rows.forEach((row, index) => {
              workspace.metrics.writeValue({
                seriesId: row.id,
                year: 2026,
                value: values[index],
                displayUnit: row.displayUnit,
                qualifier: row.qualifier,
                source: 'test',
              })
            })
            const sections = workspace.sections.listByReport(reportId)
            for (const [pick, slip] of plants) {
              const target = workspace.sections.get(sections[pick % sections.length].id)!
              const text = documentTextMap(target.doc).text
              const at = text.indexOf('，')
              const doc = at < 0 ? undefined : replaceTextRange(target.doc, at + 1, at + 1, slip)
              if (doc) {
                saveSection(workspace, { sectionId: target.id, baseVersion: target.version, doc })
              }
            }
            const before = valueRows(workspace)
            const figures = figuresOf(workspace, reportId)
            for (const choice of choices) {
              const fixable = checkReport(workspace, { reportId }).filter((finding) => finding.fix)
              if (fixable.length === 0) {
                break
              }
              const finding = fixable[choice % fixable.length]
              expect(finding.fix!.kind).toBe('replace-text')
              expect(finding.fix!.expected).not.toContain(figureAnchor)
              const target = workspace.sections.get(finding.sectionId)!
              const doc = applyTextFix(target.doc, finding.fix!)
              if (doc) {
                saveSection(workspace, { sectionId: target.id, baseVersion: target.version, doc })
                applied++
              }
            }
            expect(valueRows(workspace)).toEqual(before)
            expect(figuresOf(workspace, reportId)).toEqual(figures)
          } finally {
            workspace.db.exec(`ROLLBACK TO ${savepoint}`)
            workspace.db.exec(`RELEASE ${savepoint}`)
          }
        },
      ),
      { numRuns: 40 },
    )
    // The property means something only if fixes were really applied along the way.
    expect(applied).toBeGreaterThan(40)
  })

  it('carry no value to write: a finding’s only fix is new text', () => {
    for (const row of listReportMetrics(workspace, reportId).rows) {
      workspace.metrics.writeValue({
        seriesId: row.id,
        year: 2026,
        value: row.kind === 'change' ? -3 : 1,
        displayUnit: row.displayUnit,
        qualifier: row.qualifier,
        source: 'test',
      })
    }
    const findings = checkReport(workspace, { reportId })
    expect(findings.some((finding) => finding.rule === 'change-consistency')).toBe(true)
    for (const finding of findings) {
      expect(Object.keys(finding.fix ?? { kind: 'replace-text' })).not.toContain('seriesId')
      expect(finding.fix?.kind ?? 'replace-text').toBe('replace-text')
    }
  })
})
