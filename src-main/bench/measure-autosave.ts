import type { DocumentNode } from '../shared/document/document-json'
import { saveSection } from '../sections/section-service'
import type { Workspace } from '../workspace/workspace'
import { countWalCommits, walSize } from './count-wal-commits'
import { findMiddleSection } from './find-middle-section'
import type { Measurement } from './measurement'
import { roundFigure } from './measurement'
import { percentile } from './percentile'
import { timeRuns } from './time-runs'

/** The section body with one more character typed at the end of its first paragraph. */
function typed(doc: DocumentNode, count: number): DocumentNode {
  const [first, ...rest] = doc.content ?? []
  const paragraph = {
    ...first!,
    content: [...(first!.content ?? []), { type: 'text', text: '字'.repeat(count) }],
  }
  return { ...doc, content: [paragraph, ...rest] }
}

/**
 * P8: one autosave of a mid-report section (what the editor sends 0.8 s after typing stops), and
 * how many transactions it commits, counted as commit frames in the write-ahead log.
 */
export async function measureAutosave(
  workspace: Workspace,
  reportId: number,
  runs: number,
): Promise<Measurement> {
  const section = findMiddleSection(workspace, reportId)
  let version = section.version
  let count = 0
  const save = () => {
    count += 1
    const doc = typed(section.doc, count)
    version = saveSection(workspace, { sectionId: section.id, baseVersion: version, doc }).version
  }
  const autocheckpoint = workspace.db.pragma('wal_autocheckpoint', { simple: true }) as number
  workspace.db.pragma('wal_autocheckpoint = 0')
  workspace.db.pragma('wal_checkpoint(TRUNCATE)')
  const commits: number[] = []
  try {
    for (let index = 0; index < 5; index++) {
      const before = walSize(workspace.file)
      save()
      commits.push(countWalCommits(workspace.file, before))
    }
  } finally {
    workspace.db.pragma(`wal_autocheckpoint = ${autocheckpoint}`)
  }
  const samples = await timeRuns(save, runs)
  const oneEach = commits.every((value) => value === 1)
  return {
    id: 'P8',
    operation: 'one autosave of a mid-report section (saveSection: synchronous=FULL, WAL)',
    value: roundFigure(percentile(samples, 50)),
    unit: 'ms',
    p95: roundFigure(percentile(samples, 95)),
    target: 'one transaction per save; report ms',
    pass: oneEach,
    runs,
    note: `transactions committed per save (WAL commit frames): ${commits.join(', ')}`,
  }
}
