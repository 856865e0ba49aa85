import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { it } from 'vitest'
import { exportReportFile } from '../../export/export-report-file'
import { importText } from '../../import/text-import-service'
import { listReportMetrics } from '../../metrics/metric-service'
import { openWorkspace } from '../../workspace/workspace'

it('renders', async () => {
  const sample = readFileSync(
    join(__dirname, '..', '..', '..', 'resources', 'shangdang-2025.txt'),
    'utf8',
  )
  const workspace = openWorkspace(':memory:')
  const reportId = importText(workspace, { text: sample, year: 2025 })
  const rows = listReportMetrics(workspace, reportId).rows
  const coal = rows.find((row) => row.label === '原煤产量')!
  const washed = rows.find((row) => row.label === '洗精煤')!
  const power = rows.find((row) => row.label === '电煤保供')!
  console.log(
    rows
      .slice(0, 30)
      .map((row) => `${row.id} ${row.label} ${row.unit} ${row.current?.value}`)
      .join('\n'),
  )
  const write = (seriesId: number, year: number, value: number | null, displayUnit: string) =>
    workspace.metrics.writeValue({
      seriesId,
      year,
      value,
      displayUnit,
      qualifier: 'exact',
      source: 'manual',
    })
  ;[
    [2021, 32_000_000],
    [2022, null],
    [2023, 35_000_000],
    [2024, 34_500_000],
  ].forEach(([year, value]) => write(coal.id, year as number, value as number | null, '万吨'))
  ;[
    [2021, 17_000_000],
    [2022, 18_200_000],
    [2023, 19_500_000],
    [2024, 20_100_000],
  ].forEach(([year, value]) =>
    write(washed.id, year as number, value as number, washed.displayUnit),
  )
  write(coal.id, 2024, 34_500_000, '万吨')
  const section = workspace.sections.get(coal.occurrences[0]!.sectionId)!
  const charts = [
    { chartType: 'card', seriesIds: [coal.id], years: 1, caption: '', note: '数据来源：区统计局' },
    { chartType: 'line', seriesIds: [coal.id, washed.id], years: 5, caption: '', note: '' },
    {
      chartType: 'bar',
      seriesIds: [coal.id, washed.id, power.id],
      years: 1,
      caption: '2025年煤炭相关产量',
      note: '',
    },
  ]
  const content = [...(section.doc.content ?? [])]
  content.splice(1, 0, ...charts.map((attrs) => ({ type: 'chart', attrs })))
  workspace.sections.updateIfVersion(
    section.id,
    section.version,
    { ...section.doc, content },
    section.title,
    'edit',
  )
  const out = '/work/wt19/.scratch/render'
  for (const format of ['docx', 'html', 'wechat'] as const) {
    const file = await exportReportFile(workspace, { reportId, format })
    writeFileSync(join(out, `report.${format === 'wechat' ? 'zip' : format}`), file.bytes)
  }
})
