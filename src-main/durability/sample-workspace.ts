import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importText } from '../import/text-import-service'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'

const sampleText = readFileSync(
  join(__dirname, '..', '..', 'resources', 'shangdang-2025.txt'),
  'utf8',
)

/** A workspace file holding the bundled 2025 sample report, opened with the app's own code. */
export function openSampleWorkspace(file: string): { workspace: Workspace; reportId: number } {
  const workspace = openWorkspace(file)
  const reportId = importText(workspace, {
    text: sampleText,
    year: 2025,
    title: '2025年 上党区高质量发展答卷',
  })
  return { workspace, reportId }
}
