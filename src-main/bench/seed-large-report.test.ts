import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { generateReportBlocks } from './generate-report-blocks'
import { seedLargeReport } from './seed-large-report'

let workspace: Workspace

beforeEach(() => {
  workspace = openWorkspace(':memory:')
})
afterEach(() => workspace.close())

describe('the bench report', () => {
  it('imports as one section a page, ten bound figures a page, a table every five, a photo every ten', () => {
    const shape = seedLargeReport(workspace, 20)
    expect(shape).toMatchObject({
      pages: 20,
      sections: 20,
      boundFigures: generateReportBlocks(20).figures,
      tables: 4,
      images: 2,
    })
    // About ten a page: the generator stops adding figure clauses once it has enough.
    expect(shape.boundFigures).toBeGreaterThanOrEqual(195)
    expect(shape.boundFigures).toBeLessThanOrEqual(205)
    expect(shape.characters).toBeGreaterThan(19_000)
    expect(shape.characters).toBeLessThan(21_500)
    const kinds = workspace.sections.listByReport(shape.reportId).map((section) => section.kind)
    expect(kinds.filter((kind) => kind === 'heading')).toHaveLength(2)
    expect(kinds.filter((kind) => kind === 'subsection')).toHaveLength(12)
    expect(kinds).toEqual(
      expect.arrayContaining(['masthead', 'title', 'subtitle', 'lead', 'closing', 'credits']),
    )
  })

  it('is the same report every time', () => {
    expect(generateReportBlocks(10)).toEqual(generateReportBlocks(10))
    expect(generateReportBlocks(10, 7).blocks).not.toEqual(generateReportBlocks(10).blocks)
  })
})
