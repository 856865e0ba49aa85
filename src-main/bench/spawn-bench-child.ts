import { spawnSync } from 'node:child_process'
import type { ChildOperation, ChildOptions } from './run-bench-child'

/** What a bench child prints on its last line: its peak RSS, and for a hostile input its outcome. */
export interface ChildReport {
  operation: ChildOperation
  maxRssKiB: number
  outcome?: string
  seconds?: number
}

/** Runs one operation in a fresh Node process (the bench re-run with --child) and reads its report. */
export function spawnBenchChild(operation: ChildOperation, options: ChildOptions): ChildReport {
  const result = spawnSync(
    process.execPath,
    [
      process.argv[1]!,
      '--child',
      operation,
      '--db',
      options.db,
      '--report',
      String(options.reportId),
      '--file',
      options.file,
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  )
  const line = result.stdout.trim().split('\n').pop() ?? ''
  if (result.status !== 0 || !line.startsWith('{')) {
    throw new Error(`bench child ${operation} failed (${result.status}): ${result.stderr}`)
  }
  return JSON.parse(line) as ChildReport
}
