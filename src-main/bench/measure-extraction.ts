import { extractFigures } from '../shared/extraction/extract-figures'
import { generateReportText } from './generate-report-text'
import type { Measurement } from './measurement'
import { roundFigure } from './measurement'
import { percentile } from './percentile'
import { timeRuns } from './time-runs'

/** P6: figure extraction over generated report prose, in MB/s. */
export async function measureExtraction(characters: number, runs: number): Promise<Measurement> {
  const text = generateReportText(characters)
  const megabytes = Buffer.byteLength(text, 'utf8') / 1048576
  const seconds = percentile(await timeRuns(() => extractFigures(text), runs), 50) / 1000
  const rate = megabytes / seconds
  return {
    id: 'P6',
    operation: `metric extraction (extractFigures over ${megabytes.toFixed(2)} MB of report prose)`,
    value: roundFigure(rate),
    unit: 'MB/s',
    target: '≥ 1 MB/s',
    pass: rate >= 1,
    runs,
  }
}
