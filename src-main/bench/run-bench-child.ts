import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import mammoth from 'mammoth'
import { exportReportDocx } from '../export/export-report-docx'
import { exportReportHtml } from '../export/export-report-html'
import { importFile } from '../import/import-file'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'

/** The operations whose peak memory the bench measures, each alone in a fresh process. */
export const childOperations = [
  'idle',
  'export-docx',
  'export-html',
  'import-docx',
  'mammoth',
  'hostile',
] as const

export type ChildOperation = (typeof childOperations)[number]

export interface ChildOptions {
  db: string
  reportId: number
  /** The file read (import, mammoth) or written (exports). */
  file: string
}

/** A hostile input read through the channel the app reads it with; its outcome code and time. */
async function readHostile(workspace: Workspace, file: string) {
  const fileName = basename(file)
  const channel = /\.(xlsx|csv)$/i.test(fileName) ? 'metrics.readSpreadsheet' : 'import.file'
  const input = { fileName, dataBase64: readFileSync(file).toString('base64'), year: 2025 }
  const started = performance.now()
  const result = await dispatch(createHandlers(workspace), channel, input, { mode: 'browser' })
  const seconds = (performance.now() - started) / 1000
  return { outcome: result.ok ? 'read' : result.code, seconds }
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
  let hostile: { outcome: string; seconds: number } | undefined
  try {
    if (operation === 'hostile') {
      hostile = await readHostile(workspace, options.file)
    } else if (operation === 'export-docx') {
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
    `${JSON.stringify({ operation, maxRssKiB: process.resourceUsage().maxRSS, ...hostile })}\n`,
  )
}
