import { spawnSync } from 'node:child_process'
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { exportReportDocx } from '../export/export-report-docx'
import { exportReportHtml } from '../export/export-report-html'
import { figureRendererFor } from '../metrics/metric-service'
import { requireReport } from '../reports/report-service'
import { sectionsInReadingOrder } from '../reports/report-text'
import type { DocumentNode } from '../shared/document/document-json'
import type { Workspace } from '../workspace/workspace'
import type { Measurement } from './measurement'
import { roundFigure } from './measurement'
import { percentile } from './percentile'
import { reportMarkdown } from './report-markdown'
import { timePairs, timeRuns } from './time-runs'

const imageExtensions: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
}

/** The report as Pandoc Markdown with its pictures beside it; returns the Markdown file's name. */
function writePandocInput(workspace: Workspace, reportId: number, folder: string): string {
  const report = requireReport(workspace, reportId)
  const render = figureRendererFor(workspace, report)
  const sections = sectionsInReadingOrder(workspace.sections.listByReport(reportId))
  const markdown = reportMarkdown(
    sections.map((section) => section.doc),
    {
      renderFigure: render,
      imageFile: (assetId) => {
        const asset = workspace.assets.get(assetId)!
        const name = `asset-${assetId}.${imageExtensions[asset.mimeType] ?? 'bin'}`
        writeFileSync(join(folder, name), asset.bytes)
        return name
      },
    },
  )
  writeFileSync(join(folder, 'report.md'), markdown)
  return 'report.md'
}

function assetIdsIn(node: DocumentNode): number[] {
  const own = node.type === 'reportImage' ? [Number(node.attrs?.assetId ?? 0)] : []
  return [...own, ...(node.content ?? []).flatMap(assetIdsIn)]
}

/**
 * The part of an HTML export that no exporter can skip: reading the report's photos from the
 * workspace, writing them as base64 and writing those bytes to a file.
 */
function inlinePhotosOnly(workspace: Workspace, reportId: number, file: string): void {
  const ids = workspace.sections
    .listByReport(reportId)
    .flatMap((section) => assetIdsIn(section.doc))
  const parts = ids.map((id) =>
    Buffer.from(workspace.assets.get(id)!.bytes.toString('base64'), 'latin1'),
  )
  writeFileSync(file, Buffer.concat(parts))
}

function pandocVersion(): string | undefined {
  const result = spawnSync('pandoc', ['--version'], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.split('\n')[0] : undefined
}

/** P3 (.docx export next to Pandoc) and P4 (HTML export next to the .docx export). */
export async function measureExports(
  workspace: Workspace,
  reportId: number,
  folder: string,
  runs: number,
): Promise<Measurement[]> {
  const pandocFolder = join(folder, 'pandoc')
  mkdirSync(pandocFolder, { recursive: true })
  const markdownFile = writePandocInput(workspace, reportId, pandocFolder)
  const appDocx = join(folder, 'export.docx')
  const exportDocx = async () =>
    writeFileSync(appDocx, await exportReportDocx(workspace, reportId, 'newspaper'))
  const pandoc = pandocVersion()
  const runPandoc = () => {
    const result = spawnSync(
      'pandoc',
      ['-f', 'markdown', '-t', 'docx', '-o', 'pandoc.docx', markdownFile],
      {
        cwd: pandocFolder,
        encoding: 'utf8',
      },
    )
    if (result.status !== 0) {
      throw new Error(`pandoc failed: ${result.stderr}`)
    }
  }
  const docxSamples = pandoc
    ? await timePairs(exportDocx, runPandoc, runs)
    : { app: await timeRuns(exportDocx, runs), reference: [] }
  const docx = percentile(docxSamples.app, 50)
  const htmlFile = join(folder, 'export.html')
  const html = percentile(
    await timeRuns(() => writeFileSync(htmlFile, exportReportHtml(workspace, reportId)), runs * 2),
    50,
  )
  const photosOnly = percentile(
    await timeRuns(
      () => inlinePhotosOnly(workspace, reportId, join(folder, 'photos.base64')),
      runs * 2,
    ),
    50,
  )
  const sizes =
    `app .docx ${(statSync(appDocx).size / 1048576).toFixed(1)} MB` +
    (pandoc
      ? `, Pandoc's ${(statSync(join(pandocFolder, 'pandoc.docx')).size / 1048576).toFixed(1)} MB`
      : '')
  const pandocMs = percentile(docxSamples.reference, 50)
  return [
    {
      id: 'P3',
      operation: 'export .docx, newspaper profile (exportReportDocx, file written)',
      value: roundFigure(docx),
      unit: 'ms',
      ...(pandoc
        ? {
            reference: {
              operation: `${pandoc}: the same content from Markdown to .docx`,
              value: roundFigure(pandocMs),
              unit: 'ms',
            },
            ratio: roundFigure(docx / pandocMs),
            pass: docx <= 0.5 * pandocMs,
          }
        : { pass: null, note: 'pandoc not installed: no reference' }),
      target: '≤ 0.5× Pandoc',
      runs,
      note: sizes,
    },
    {
      id: 'P4',
      operation: 'export HTML (exportReportHtml, pictures inlined, file written)',
      value: roundFigure(html),
      unit: 'ms',
      reference: {
        operation: 'P3: the .docx export of the same report',
        value: roundFigure(docx),
        unit: 'ms',
      },
      ratio: roundFigure(html / docx),
      target: '≤ 0.1× P3',
      pass: html <= 0.1 * docx,
      runs: runs * 2,
      note:
        `${(statSync(htmlFile).size / 1048576).toFixed(1)} MB of HTML; the photos alone (read, base64, ` +
        `written) take ${roundFigure(photosOnly)} ms`,
    },
  ]
}
