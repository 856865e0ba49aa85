import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildChartSpec } from '../charts/build-chart-spec'
import type { ChartAttributes } from '../shared/charts/chart-attributes-schema'
import type { ChartSeriesData } from '../charts/chart-data'
import { chartPixelWidth, forgetChartPictures, renderChartPng } from '../charts/render-chart-png'
import { forgetDrawnCharts, renderChartSvg } from '../charts/render-chart-svg'
import { exportReportDocx } from '../export/export-report-docx'
import { findMetricOccurrences } from '../shared/metrics/metric-occurrences'
import { requireReport } from '../reports/report-service'
import { sectionsInReadingOrder } from '../reports/report-text'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import type { Measurement } from './measurement'
import { roundFigure } from './measurement'
import { percentile } from './percentile'
import { timePairs, timeRuns } from './time-runs'

const chartsInReport = 20

/** Two series over five years, 2022 missing in one: the chart P12 draws again and again. */
function benchChartData(): ChartSeriesData[] {
  const years = (values: (number | null)[]) =>
    new Map(values.map((value, index) => [2021 + index, value] as [number, number | null]))
  return [
    {
      id: 1,
      label: '原煤产量',
      unit: '吨',
      displayUnit: '万吨',
      kind: 'amount',
      values: years([32_000_000, null, 35_000_000, 35_980_000, 37_000_000]),
    },
    {
      id: 2,
      label: '洗精煤产量',
      unit: '吨',
      displayUnit: '万吨',
      kind: 'amount',
      values: years([12_000_000, 15_000_000, 18_000_000, 19_980_000, 22_000_000]),
    },
  ]
}

/**
 * A copy of the bench workspace whose report holds `chartsInReport` charts, spread through its
 * sections, each a five-year line of a different series with earlier years filled.
 */
function chartedCopy(workspace: Workspace, reportId: number, folder: string): Workspace {
  const file = join(folder, 'charts.sqlite')
  workspace.db.pragma('wal_checkpoint(TRUNCATE)')
  copyFileSync(workspace.file, file)
  const copy = openWorkspace(file)
  const report = requireReport(copy, reportId)
  const sections = sectionsInReadingOrder(copy.sections.listByReport(reportId)).filter(
    (section) => findMetricOccurrences([section]).length > 0,
  )
  const step = Math.max(1, Math.floor(sections.length / chartsInReport))
  copy.db.transaction(() => {
    for (let index = 0; index < chartsInReport; index++) {
      const section = sections[(index * step) % sections.length]!
      const seriesId = findMetricOccurrences([section])[0]!.seriesId
      const series = copy.metrics.getSeries(seriesId)!
      const current = copy.metrics.getValue(seriesId, report.year)?.value ?? 1000
      for (let back = 1; back <= 4; back++) {
        copy.metrics.writeValue({
          seriesId,
          year: report.year - back,
          value: Number((current * (1 - 0.04 * back)).toFixed(2)),
          displayUnit: series.displayUnit,
          qualifier: 'exact',
          source: 'bench',
        })
      }
      const chart: ChartAttributes = {
        chartType: index % 2 === 0 ? 'line' : 'bar',
        seriesIds: [seriesId],
        years: 5,
        caption: '',
        note: '',
      }
      const doc = {
        ...section.doc,
        content: [...(section.doc.content ?? []), { type: 'chart', attrs: chart }],
      }
      copy.sections.updateIfVersion(section.id, section.version, doc, section.title, 'bench')
    }
  })()
  return copy
}

/**
 * P12: one chart (two series over five years) from its series to SVG, and that SVG to a PNG
 * 8 cm wide at 300 dpi; the caches emptied before each run, so every run draws. P13: the Word
 * export of the bench report with 20 charts next to the same export without them, alternating;
 * charts drawn afresh in every export (cold), and again with the drawings kept from the editor
 * or an earlier export (warm).
 */
export async function measureCharts(
  workspace: Workspace,
  reportId: number,
  folder: string,
  runs: number,
  manyRuns: number,
): Promise<Measurement[]> {
  const attributes: ChartAttributes = {
    chartType: 'line',
    seriesIds: [1, 2],
    years: 5,
    caption: '',
    note: '',
  }
  const data = { year: 2025, series: benchChartData() }
  const svgSamples = await timeRuns(() => {
    forgetDrawnCharts()
    renderChartSvg(buildChartSpec(attributes, data))
  }, manyRuns)
  const svg = renderChartSvg(buildChartSpec(attributes, data))
  const pngSamples = await timeRuns(() => {
    forgetChartPictures()
    renderChartPng(svg)
  }, manyRuns)
  const charted = chartedCopy(workspace, reportId, folder)
  try {
    const cold = await timePairs(
      async () => {
        forgetDrawnCharts()
        forgetChartPictures()
        await exportReportDocx(charted, reportId, 'newspaper')
      },
      () => exportReportDocx(workspace, reportId, 'newspaper'),
      runs,
    )
    const warm = await timeRuns(() => exportReportDocx(charted, reportId, 'newspaper'), runs)
    const svgMs = percentile(svgSamples, 50)
    const pngMs = percentile(pngSamples, 50)
    const withCharts = percentile(cold.app, 50)
    const without = percentile(cold.reference, 50)
    const warmMs = percentile(warm, 50)
    return [
      {
        id: 'P12',
        operation: 'one chart (2 series × 5 years) → SVG (spec built, ECharts SSR)',
        value: roundFigure(svgMs),
        unit: 'ms',
        p95: roundFigure(percentile(svgSamples, 95)),
        target: '≤ 30 ms',
        pass: svgMs <= 30,
        runs: manyRuns,
      },
      {
        id: 'P12',
        operation: `the same chart's SVG → PNG, 8 cm at 300 dpi (${chartPixelWidth()} px wide, resvg)`,
        value: roundFigure(pngMs),
        unit: 'ms',
        p95: roundFigure(percentile(pngSamples, 95)),
        target: '≤ 150 ms',
        pass: pngMs <= 150,
        runs: manyRuns,
      },
      {
        id: 'P13',
        operation: `export .docx with ${chartsInReport} charts, each drawn afresh (newspaper profile)`,
        value: roundFigure(withCharts),
        unit: 'ms',
        reference: {
          operation: 'the same report without the charts',
          value: roundFigure(without),
          unit: 'ms',
        },
        ratio: roundFigure(withCharts / without),
        target: '≤ 1.5× without charts',
        pass: withCharts <= 1.5 * without,
        runs,
        note: `with the drawings kept from the editor or an earlier export: ${roundFigure(warmMs)} ms (${roundFigure(warmMs / without)}×)`,
      },
    ]
  } finally {
    charted.close()
  }
}
