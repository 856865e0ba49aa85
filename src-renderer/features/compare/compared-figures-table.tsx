import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../src-main/contract/channels'
import { formatSeriesChange } from '../../../src-main/shared/metrics/series-change'

interface ComparedFiguresTableProps {
  metrics: ChannelOutput<'compare.report'>['metrics']
  previousYear: number
  year: number
}

/** Figures this year against last: series, last year, this year, change (% or 个百分点). */
export function ComparedFiguresTable({ metrics, previousYear, year }: ComparedFiguresTableProps) {
  const { t } = useTranslation()
  if (metrics.length === 0) {
    return <p className="muted">{t('ui.compare.noFigures')}</p>
  }
  return (
    <table className="compare-figures" data-testid="compare-figures">
      <thead>
        <tr>
          <th>{t('ui.compare.label')}</th>
          <th>{t('ui.compare.lastYear', { year: previousYear })}</th>
          <th>{t('ui.compare.thisYear', { year })}</th>
          <th>{t('ui.compare.change')}</th>
        </tr>
      </thead>
      <tbody>
        {metrics.map((metric) => (
          <tr key={metric.seriesId}>
            <td>{metric.label}</td>
            <td>{metric.previous ?? '—'}</td>
            <td className={metric.current === null ? 'pending' : undefined}>
              {metric.current ?? t('ui.compare.missing')}
            </td>
            <td>{formatSeriesChange(metric.change, metric.changeUnit)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
