import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Measurement } from './measurement'
import { roundFigure } from './measurement'
import type { ChildOperation, ChildOptions } from './run-bench-child'
import { spawnBenchChild } from './spawn-bench-child'

function childPeakMiB(operation: ChildOperation, options: ChildOptions): number {
  return spawnBenchChild(operation, options).maxRssKiB / 1024
}

/** Peak resident memory of a command, from GNU time, when it is installed. */
function commandPeakMiB(command: string[], cwd: string): number | undefined {
  if (!existsSync('/usr/bin/time')) {
    return undefined
  }
  const result = spawnSync('/usr/bin/time', ['-f', 'peak-kib=%M', ...command], {
    cwd,
    encoding: 'utf8',
  })
  const match = /peak-kib=(\d+)/.exec(result.stderr)
  return result.status === 0 && match ? Number(match[1]) / 1024 : undefined
}

export interface PeakMemoryInput {
  /** A copy of the bench workspace holding the large report. */
  db: string
  reportId: number
  /** A workspace to import into. */
  importDb: string
  docxFile: string
  folder: string
  /** Where Pandoc's Markdown input was written, when Pandoc ran. */
  pandocFolder?: string
}

/**
 * Peak RSS of export and import, each run once in a fresh Node process (the bench re-run with
 * --child), next to a process that only loads the bench and opens the workspace.
 */
export function measurePeakMemory(input: PeakMemoryInput): Measurement[] {
  const common = { db: input.db, reportId: input.reportId }
  const idle = childPeakMiB('idle', { ...common, file: '' })
  const baseline = {
    operation: 'the same Node process idle: modules loaded, workspace opened',
    value: roundFigure(idle),
    unit: 'MiB',
  }
  const row = (id: string, operation: string, peak: number, note?: string): Measurement => ({
    id,
    operation,
    value: roundFigure(peak),
    unit: 'MiB',
    reference: baseline,
    target: 'report',
    pass: null,
    runs: 1,
    note: [`+${roundFigure(peak - idle)} MiB over idle`, note].filter(Boolean).join('; '),
  })
  const pandoc = input.pandocFolder
    ? commandPeakMiB(
        ['pandoc', '-f', 'markdown', '-t', 'docx', '-o', 'pandoc-peak.docx', 'report.md'],
        input.pandocFolder,
      )
    : undefined
  const mammoth = childPeakMiB('mammoth', { ...common, file: input.docxFile })
  return [
    row(
      'M1',
      'peak RSS: export .docx (one export in a fresh process)',
      childPeakMiB('export-docx', { ...common, file: join(input.folder, 'peak.docx') }),
      pandoc === undefined ? undefined : `Pandoc on the same content: ${roundFigure(pandoc)} MiB`,
    ),
    row(
      'M2',
      'peak RSS: export HTML (one export in a fresh process)',
      childPeakMiB('export-html', { ...common, file: join(input.folder, 'peak.html') }),
    ),
    row(
      'M3',
      'peak RSS: import the .docx of P5 (one import in a fresh process)',
      childPeakMiB('import-docx', { db: input.importDb, reportId: 0, file: input.docxFile }),
      `mammoth alone in the same kind of process: ${roundFigure(mammoth)} MiB`,
    ),
  ]
}
