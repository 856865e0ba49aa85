import { checkMessage } from '../shared/checks/check-message'
import type { ReportCheckData, SectionCheckContext } from './section-check-context'
import type { SectionFinding } from './section-finding'

/**
 * Rule 7: every chart of the section drawing a series that has no value for the report's year:
 * printed, it would show 待填 in the picture. (A chart cannot disagree with the figures in the
 * text: both read the same series.)
 */
export function checkPendingCharts(
  context: SectionCheckContext,
  data: ReportCheckData,
): SectionFinding[] {
  const year = data.report.year
  return context.shown.pieces.flatMap((piece, index): SectionFinding[] => {
    if (piece.kind !== 'chart') {
      return []
    }
    const missing = piece.attributes.seriesIds.filter((id) => data.valueOf(id, year) === null)
    if (missing.length === 0) {
      return []
    }
    const labelOf = (id: number) => data.series.get(id)?.label ?? `指标${id}`
    const labels = missing.map((id) => `“${labelOf(id)}”`)
    return [
      {
        rule: 'pending-chart',
        severity: 'error',
        message: checkMessage('report.pendingChart', {
          caption: piece.attributes.caption || piece.attributes.seriesIds.map(labelOf).join('、'),
          labels: labels.join('、'),
          year,
        }),
        start: piece.start,
        end: piece.end,
        identity: `${missing.join(',')}|${index}`,
        dismissible: false,
      },
    ]
  })
}
