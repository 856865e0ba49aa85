import sampleText from '../../resources/shangdang-2025.txt?raw'
import { importText } from '../import/text-import-service'
import type { Workspace } from '../workspace/workspace'
import type { Measurement } from './measurement'
import { roundFigure } from './measurement'
import { percentile } from './percentile'
import { timeRuns } from './time-runs'

/** Importing the bundled sample .txt: structure, extraction, binding, one transaction. */
export async function measureSampleImport(
  workspace: Workspace,
  runs: number,
): Promise<Measurement> {
  const samples = await timeRuns(
    () => importText(workspace, { text: sampleText, year: 2025 }),
    runs,
  )
  return {
    id: 'import',
    operation:
      'import the sample .txt (importText: structure, extraction, binding, one transaction)',
    value: roundFigure(percentile(samples, 50)),
    unit: 'ms',
    target: 'report',
    pass: null,
    runs,
  }
}
