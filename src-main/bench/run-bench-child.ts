import { readFileSync, writeFileSync } from 'node:fs'
import mammoth from 'mammoth'
import { exportReportDocx } from '../export/export-report-docx'
import { exportReportHtml } from '../export/export-report-html'
import { importFile } from '../import/import-file'
import { openWorkspace } from '../workspace/workspace'

/** The operations whose peak memory the bench measures, each alone in a fresh process. */
export const childOperations = [
  'idle',
  'export-docx',
  'export-html',
  'import-docx',
  'mammoth',
] as const

export type ChildOperation = (typeof childOperations)[number]

export interface ChildOptions {
  db: string
  reportId: number
  /** The file read (import, mammoth) or written (exports). */
  file: string
}

/**
 * Runs one operation in this (child) process and prints its peak resident set size:
 * process.resourceUsage().maxRSS, which covers the whole process life, Node itself included
 * (the `idle` operation measures that baseline: modules loaded, workspace opened).
 */
export async function runBenchChild(
  operation: ChildOperation,
  options: ChildOptions,
): Promise<void> {
  const workspace = openWorkspace(options.db)
  try {
    if (operation === 'export-docx') {
      writeFileSync(options.file, await exportReportDocx(workspace, options.reportId, 'newspaper'))
    } else if (operation === 'export-html') {
      writeFileSync(options.file, exportReportHtml(workspace, options.reportId))
    } else if (operation === 'import-docx') {
      await importFile(workspace, {
        fileName: 'report.docx',
        bytes: readFileSync(options.file),
        year: 2025,
      })
    } else if (operation === 'mammoth') {
      await mammoth.convertToHtml(
        { buffer: readFileSync(options.file) },
        { externalFileAccess: false },
      )
    }
  } finally {
    workspace.close()
  }
  process.stdout.write(
    `${JSON.stringify({ operation, maxRssKiB: process.resourceUsage().maxRSS })}\n`,
  )
}
