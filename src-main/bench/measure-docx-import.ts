import { writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import mammoth from 'mammoth'
import { exportReportDocx } from '../export/export-report-docx'
import { importFile } from '../import/import-file'
import { openWorkspace } from '../workspace/workspace'
import type { Measurement } from './measurement'
import { roundFigure } from './measurement'
import { percentile } from './percentile'
import { describeReport, seedLargeReport } from './seed-large-report'
import { timePairs } from './time-runs'

/** Writes a generated report of `pages` pages as the app's own newspaper .docx; returns its path. */
export async function writeGeneratedDocx(folder: string, pages: number): Promise<string> {
  const scratch = openWorkspace(':memory:')
  try {
    const { reportId } = seedLargeReport(scratch, pages)
    const file = join(folder, `report-${pages}-pages.docx`)
    writeFileSync(file, await exportReportDocx(scratch, reportId, 'newspaper'))
    return file
  } finally {
    scratch.close()
  }
}

/** P5: import a .docx with structure, extraction and binding, next to mammoth's bare conversion. */
export async function measureDocxImport(
  folder: string,
  docxFile: string,
  bytes: Uint8Array,
  pages: number,
  runs: number,
): Promise<Measurement> {
  const workspace = openWorkspace(join(folder, 'import.sqlite'))
  try {
    let reportId = 0
    const buffer = Buffer.from(bytes)
    const samples = await timePairs(
      async () => {
        reportId = await importFile(workspace, { fileName: 'report.docx', bytes, year: 2025 })
      },
      () => mammoth.convertToHtml({ buffer }, { externalFileAccess: false }),
      runs,
    )
    const shape = describeReport(workspace, reportId, pages)
    const app = percentile(samples.app, 50)
    const reference = percentile(samples.reference, 50)
    return {
      id: 'P5',
      operation:
        `import a ${pages}-page .docx (importFile: ${shape.sections} sections, ` +
        `${shape.boundFigures} figures bound, tables: ${shape.tables}, pictures: ${shape.images})`,
      value: roundFigure(app),
      unit: 'ms',
      reference: {
        operation: "mammoth's bare convertToHtml of the same file",
        value: roundFigure(reference),
        unit: 'ms',
      },
      ratio: roundFigure(app / reference),
      target: '≤ 1.5× mammoth',
      pass: app <= 1.5 * reference,
      runs,
      note: `${(bytes.length / 1048576).toFixed(1)} MB .docx written by the app's newspaper export (${basename(docxFile)})`,
    }
  } finally {
    workspace.close()
  }
}
