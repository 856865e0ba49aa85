import type { DocumentNode } from '../shared/document/document-json'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { figureRendererFor } from '../metrics/metric-service'
import { requireReport } from '../reports/report-service'
import { sectionsInReadingOrder } from '../reports/report-text'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { bareDocument } from './bare-document'
import { benchMethod } from './bench-method'
import type { Machine } from './describe-machine'
import { describeMachine } from './describe-machine'
import { findMiddleSection } from './find-middle-section'
import { formatResultsTable } from './format-results-table'
import { measureAutosave } from './measure-autosave'
import { measureCharts } from './measure-charts'
import { measureSectionChecks } from './measure-checks'
import { measureDocxImport, writeGeneratedDocx } from './measure-docx-import'
import { measureExports } from './measure-exports'
import { measureExtraction } from './measure-extraction'
import { measureHostileInputs } from './measure-hostile-inputs'
import type { BrowserBenchInput } from './measure-in-browser'
import { chromiumPath, measureInBrowser } from './measure-in-browser'
import { measurePeakMemory } from './measure-peak-memory'
import { measureRollForward } from './measure-roll-forward'
import { measureSampleImport } from './measure-sample-import'
import type { Measurement } from './measurement'
import type { ChildOperation } from './run-bench-child'
import { childOperations, runBenchChild } from './run-bench-child'
import type { ReportShape } from './seed-large-report'
import { seedLargeReport } from './seed-large-report'
import { runBareCollabServer } from './team/bare-collab-server'
import type { TeamBenchSize } from './team/measure-team'
import { measureTeam, teamBenchSizes } from './team/measure-team'

interface BenchSize {
  pages: number
  importPages: number
  extractionCharacters: number
  keystrokes: number
  openRuns: number
  /** Runs of operations taking up to a second. */
  runs: number
  /** Runs of operations taking milliseconds. */
  manyRuns: number
  team: TeamBenchSize
}

/** The full run and the small one CI runs (well under a minute). */
const sizes: Record<'full' | 'quick', BenchSize> = {
  full: {
    pages: 200,
    importPages: 100,
    extractionCharacters: 1_000_000,
    keystrokes: 240,
    openRuns: 7,
    runs: 5,
    manyRuns: 200,
    team: teamBenchSizes.full,
  },
  quick: {
    pages: 20,
    importPages: 10,
    extractionCharacters: 100_000,
    keystrokes: 40,
    openRuns: 3,
    runs: 3,
    manyRuns: 20,
    team: teamBenchSizes.quick,
  },
}

interface BenchOptions {
  quick: boolean
  out?: string
  /**
   * Only these measurements (P1 … P9, P9b, P9c, import, M1 … M4, R); no results file unless `out` is given,
   * except the R rows, which replace those in bench/results.json.
   */
  only?: string[]
  /** Keep the temporary folder: workspaces, the generated .docx, Pandoc's Markdown, the bare page. */
  keep: boolean
}

/** Files of one bench run, all in a temporary folder. */
interface BenchFolder {
  path: string
  /** The workspace the Node measurements run in. */
  benchDb: string
  /** Copies of it right after seeding: for the app server, and for the peak-memory processes. */
  serverDb: string
  memoryDb: string
}

function log(message: string): void {
  process.stderr.write(`bench: ${(performance.now() / 1000).toFixed(1)} s ${message}\n`)
}

function browserInput(
  workspace: Workspace,
  reportId: number,
  folder: BenchFolder,
  size: BenchSize,
): BrowserBenchInput {
  const report = requireReport(workspace, reportId)
  const sections = sectionsInReadingOrder(workspace.sections.listByReport(reportId))
  const context = {
    renderFigure: figureRendererFor(workspace, report),
    imageSource: (assetId: number) => {
      const asset = workspace.assets.get(assetId)
      return asset ? `data:${asset.mimeType};base64,${asset.bytes.toString('base64')}` : ''
    },
  }
  const opened = sections.find((section) => section.kind === 'lead') ?? sections[0]!
  const middle = findMiddleSection(workspace, reportId)
  return {
    projectRoot: join(__dirname, '..', '..'),
    folder: folder.path,
    dbFile: folder.serverDb,
    keystrokes: size.keystrokes,
    openRuns: size.openRuns,
    openedSection: bareDocument([opened.doc], context),
    reportId,
    openedSectionId: opened.id,
    middleSection: {
      id: middle.id,
      bare: bareDocument([middle.doc], context),
      outlineIndex: sections.findIndex((section) => section.id === middle.id),
      title: middle.title,
      snippet: longestTextSnippet(middle.doc),
    },
    wholeReport: bareDocument(
      sections.map((section) => section.doc),
      context,
    ),
  }
}

/** The start of a section's longest run of plain text, to find the same paragraph on two pages. */
function longestTextSnippet(doc: DocumentNode): string {
  let longest = ''
  const walk = (node: DocumentNode) => {
    if (node.type === 'text' && (node.text ?? '').length > longest.length) {
      longest = node.text ?? ''
    }
    node.content?.forEach(walk)
  }
  walk(doc)
  return longest.slice(0, 12)
}

/** Runs the wanted measurements on the seeded report, in the order that keeps them apart. */
async function measureAll(
  workspace: Workspace,
  shape: ReportShape,
  folder: BenchFolder,
  size: BenchSize,
  wanted: (...ids: string[]) => boolean,
): Promise<{ measurements: Measurement[]; notes: string[] }> {
  const step = async <T>(
    ids: string[],
    label: string,
    measure: () => Promise<T> | T,
  ): Promise<T | undefined> => {
    if (!wanted(...ids)) {
      return undefined
    }
    log(label)
    return measure()
  }
  const { reportId } = shape
  const inBrowser = browserInput(workspace, reportId, folder, size)
  const docxFile = await step(
    ['P5', 'M3'],
    `writing a ${size.importPages}-page .docx with the app's exporter`,
    () => writeGeneratedDocx(folder.path, size.importPages),
  )
  const checks = await step(
    ['P9', 'P9b', 'P9c'],
    'P9 checks (P9b busiest section, P9c value edit)',
    () => measureSectionChecks(workspace, reportId, size.manyRuns),
  )
  const autosave = await step(['P8'], 'P8 autosave', () =>
    measureAutosave(workspace, reportId, size.manyRuns),
  )
  const rollForward = await step(['P2'], 'P2 roll forward', () =>
    measureRollForward(workspace, reportId, size.runs),
  )
  const exports = await step(['P3', 'P4'], 'P3, P4 exports (and Pandoc)', () =>
    measureExports(workspace, reportId, folder.path, size.runs),
  )
  const charts = await step(['P12', 'P13'], 'P12 one chart, P13 export with 20 charts', () =>
    measureCharts(workspace, reportId, folder.path, size.runs, size.manyRuns),
  )
  const docxImport = await step(['P5'], 'P5 .docx import (and mammoth)', () =>
    measureDocxImport(folder.path, docxFile!, readFileSync(docxFile!), size.importPages, size.runs),
  )
  const extraction = await step(['P6'], 'P6 extraction', () =>
    measureExtraction(size.extractionCharacters, size.runs),
  )
  const sampleImport = await step(['import'], 'sample import', () =>
    measureSampleImport(workspace, size.runs * 2),
  )
  const memory = await step(['M1', 'M2', 'M3'], 'peak memory, one process per operation', () =>
    measurePeakMemory({
      db: folder.memoryDb,
      reportId,
      importDb: join(folder.path, 'memory-import.sqlite'),
      docxFile: docxFile!,
      folder: folder.path,
      pandocFolder: exports?.[0]?.reference ? join(folder.path, 'pandoc') : undefined,
    }),
  )
  const notes: string[] = []
  const chromium = chromiumPath()
  const browser = await step(
    ['P1', 'P7', 'P10', 'P11', 'M4'],
    'P1 keystrokes, P7 open, P10 and P11 full-text view, renderer heap (Chromium)',
    () => {
      if (chromium) {
        return measureInBrowser(inBrowser, chromium)
      }
      notes.push(
        'Chromium not found ($CHROMIUM_PATH or /usr/bin/chromium): P1, P7, P10, P11 and the renderer heap were not measured.',
      )
      return []
    },
  )
  const team = await step(
    ['T1', 'T2', 'T2p', 'T2c', 'T2m'],
    'T1 live edit through the team server, T2 twenty writers',
    () =>
      measureTeam({
        builtFolder: __dirname,
        benchScript: process.argv[1]!,
        folder: folder.path,
        seededDb: folder.serverDb,
        reportId,
        size: size.team,
        wanted,
      }),
  )
  const fromBrowser = (id: string) => browser?.find((item) => item.id === id)
  const ordered = [
    fromBrowser('P1'),
    rollForward,
    ...(exports ?? []),
    ...(charts ?? []),
    docxImport,
    extraction,
    fromBrowser('P7'),
    fromBrowser('P10'),
    fromBrowser('P11'),
    autosave,
    ...(checks ?? []),
    sampleImport,
    ...(memory ?? []),
    fromBrowser('M4'),
    ...(team ?? []),
  ]
  return { measurements: ordered.filter((item): item is Measurement => item !== undefined), notes }
}

/** The R rows alone (`--only R`): no report to seed; they go into the results file beside the others. */
function isHostileOnly(only: string[] | undefined): boolean {
  return only !== undefined && only.every((id) => /^R\d*$/.test(id))
}

/** Puts R rows into an existing results file in place of its R rows, with when and where they ran. */
function mergeHostileRows(file: string, rows: Measurement[], machine: Machine): void {
  const results = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { measurements: Measurement[] } & Record<
        string,
        unknown
      >)
    : { measurements: [] }
  results.measurements = [
    ...results.measurements.filter((item) => !item.id.startsWith('R')),
    ...rows,
  ]
  results.method = { ...(results.method as object), R: benchMethod.R }
  results.hostileRun = { date: new Date().toISOString(), machine }
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
}

async function runBench({ quick, out, only, keep }: BenchOptions): Promise<void> {
  const size = quick ? sizes.quick : sizes.full
  const startLoad = Number(loadavg()[0]!.toFixed(2))
  const path = mkdtempSync(join(tmpdir(), 'dajuan-bench-'))
  const folder: BenchFolder = {
    path,
    benchDb: join(path, 'bench.sqlite'),
    serverDb: join(path, 'server.sqlite'),
    memoryDb: join(path, 'memory.sqlite'),
  }
  try {
    const wanted = (...ids: string[]) => !only || ids.some((id) => only.includes(id))
    const hostileOnly = isHostileOnly(only)
    let measurements: Measurement[] = []
    let notes: string[] = []
    let shape: ReportShape | undefined
    if (!hostileOnly) {
      log(`generating and importing a ${size.pages}-page report`)
      const seeding = openWorkspace(folder.benchDb)
      shape = seedLargeReport(seeding, size.pages)
      seeding.close()
      copyFileSync(folder.benchDb, folder.serverDb)
      copyFileSync(folder.benchDb, folder.memoryDb)
      const workspace = openWorkspace(folder.benchDb)
      ;({ measurements, notes } = await measureAll(workspace, shape, folder, size, wanted).finally(
        () => workspace.close(),
      ))
    }
    // The corpus proves nothing more at a small size, so the quick run leaves it to the tests.
    const hostile =
      !quick && (hostileOnly || wanted('R'))
        ? await measureHostileInputs(__dirname, folder.path, (message) => log(message))
        : []
    measurements.push(...hostile)
    const machine = describeMachine(chromiumPath(), startLoad)
    const count = (value: number) => value.toLocaleString('en')
    const summary = shape
      ? `${shape.pages} pages: ${count(shape.characters)} characters, ${shape.sections} sections, ` +
        `${count(shape.boundFigures)} bound figures (${count(shape.series)} series), ` +
        `${shape.tables} tables, ${shape.images} pictures`
      : `the hostile-input corpus (${hostile.length} rows)`
    console.log(
      [
        `Dajuan bench${quick ? ' (--quick)' : ''} · ${summary}`,
        [
          machine.cpu,
          `${machine.cores} cores`,
          `${machine.memoryGiB} GiB`,
          machine.os,
          `Node ${machine.node}`,
          ...(machine.chromium ? [machine.chromium] : []),
          `load average ${machine.loadAverage.start} → ${machine.loadAverage.end}`,
        ].join(' · '),
        '',
        formatResultsTable(measurements),
        ...notes.map((note) => `\n${note}`),
      ].join('\n'),
    )
    const defaultFile = join(process.cwd(), 'bench', quick ? 'results-quick.json' : 'results.json')
    const file = out ?? (only ? undefined : defaultFile)
    if (file) {
      mkdirSync(join(file, '..'), { recursive: true })
      const report = { ...shape, summary }
      const results = {
        date: new Date().toISOString(),
        quick,
        machine,
        report,
        method: benchMethod,
        measurements,
        notes,
      }
      writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
    } else if (hostile.length > 0) {
      mergeHostileRows(defaultFile, hostile, machine)
    }
    // A missed target fails the full run; the quick run only proves the bench works (CI machines vary).
    if (!quick && measurements.some((item) => item.pass === false)) {
      process.exitCode = 1
    }
  } finally {
    if (keep) {
      log(`kept ${path}`)
    } else {
      rmSync(path, { recursive: true, force: true })
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean' },
      out: { type: 'string' },
      only: { type: 'string' },
      keep: { type: 'boolean' },
      child: { type: 'string' },
      db: { type: 'string' },
      report: { type: 'string' },
      file: { type: 'string' },
      'bare-collab-server': { type: 'boolean' },
    },
    strict: true,
  })
  if (values['bare-collab-server']) {
    await runBareCollabServer()
    return
  }
  if (values.child !== undefined) {
    if (!childOperations.includes(values.child as ChildOperation)) {
      throw new Error(`unknown bench child operation: ${values.child}`)
    }
    await runBenchChild(values.child as ChildOperation, {
      db: values.db ?? ':memory:',
      reportId: Number(values.report ?? 0),
      file: values.file ?? '',
    })
    return
  }
  await runBench({
    quick: values.quick ?? false,
    out: values.out,
    only: values.only?.split(','),
    keep: values.keep ?? false,
  })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exitCode = 1
})
