import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, freemem, platform, release, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import sampleText from '../../resources/shangdang-2025.txt?raw'
import { extractFigures } from '../extraction/extract-figures'
import { importText } from '../import/text-import-service'
import { openReport } from '../reports/report-service'
import { saveSection } from '../sections/section-service'
import { openWorkspace } from '../workspace/workspace'
import { generateReportText } from './generate-report-text'

interface Measurement {
  id: string
  operation: string
  median: number
  unit: string
  target: string
  pass: boolean
  runs: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function time(run: () => void, runs: number): number[] {
  const samples: number[] = []
  for (let index = 0; index < runs; index++) {
    const started = process.hrtime.bigint()
    run()
    samples.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return samples
}

function measureExtraction(quick: boolean): Measurement {
  const text = generateReportText(quick ? 100_000 : 1_000_000)
  const megabytes = Buffer.byteLength(text, 'utf8') / 1048576
  extractFigures(text)
  const runs = quick ? 3 : 5
  const seconds = median(time(() => extractFigures(text), runs)) / 1000
  const rate = megabytes / seconds
  return {
    id: 'P6',
    operation: `metric extraction (${megabytes.toFixed(2)} MB of report prose)`,
    median: Number(rate.toFixed(2)),
    unit: 'MB/s',
    target: '≥ 1 MB/s',
    pass: rate >= 1,
    runs,
  }
}

function measureImportAndSave(quick: boolean, folder: string): Measurement[] {
  const workspace = openWorkspace(join(folder, 'bench.sqlite'))
  try {
    const runs = quick ? 3 : 10
    const reportIds: number[] = []
    const importTimes = time(() => reportIds.push(importText(workspace, { text: sampleText, year: 2025 })), runs)
    const { sections } = openReport(workspace, reportIds[0])
    const lead = sections.find((section) => section.kind === 'lead')!
    let version = lead.version
    const saveTimes = time(() => {
      const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `第${version}稿` }] }] }
      version = saveSection(workspace, { sectionId: lead.id, baseVersion: version, doc }).version
    }, quick ? 20 : 200)
    return [
      {
        id: 'import',
        operation: 'import the sample .txt (structure, extraction, binding, one transaction)',
        median: Number(median(importTimes).toFixed(2)),
        unit: 'ms',
        target: 'report',
        pass: true,
        runs,
      },
      {
        id: 'P8',
        operation: 'one autosave (one transaction, synchronous=FULL, WAL)',
        median: Number(median(saveTimes).toFixed(2)),
        unit: 'ms',
        target: 'one transaction per save; report ms',
        pass: true,
        runs: saveTimes.length,
      },
    ]
  } finally {
    workspace.close()
  }
}

function main(): void {
  const { values } = parseArgs({ options: { quick: { type: 'boolean' }, out: { type: 'string' } }, strict: true })
  const quick = values.quick ?? false
  const folder = mkdtempSync(join(tmpdir(), 'dajuan-bench-'))
  try {
    const measurements = [measureExtraction(quick), ...measureImportAndSave(quick, folder)]
    const machine = {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
      freeMemoryGiB: Number((freemem() / 2 ** 30).toFixed(1)),
      os: `${platform()} ${release()}`,
      node: process.version,
    }
    const lines = [
      `Dajuan bench${quick ? ' (--quick)' : ''} · ${machine.cpu} · ${machine.cores} cores · ${machine.memoryGiB} GiB · Node ${machine.node}`,
      '| # | operation | median | target | ok |',
      '|---|---|---|---|---|',
      ...measurements.map(
        (item) => `| ${item.id} | ${item.operation} | ${item.median} ${item.unit} | ${item.target} | ${item.pass ? 'yes' : 'NO'} |`,
      ),
    ]
    console.log(lines.join('\n'))
    const out = values.out ?? join(process.cwd(), 'bench', quick ? 'results-quick.json' : 'results.json')
    mkdirSync(join(out, '..'), { recursive: true })
    writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), quick, machine, measurements }, null, 2)}\n`)
    if (measurements.some((item) => !item.pass)) {
      process.exitCode = 1
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

main()
