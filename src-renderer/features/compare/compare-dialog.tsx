import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SectionComparison } from '../../../src-main/compare/compare-section'
import { formatSeriesChange } from '../../../src-main/metrics/series-change'
import { api, unwrap } from '../../api/api-client'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'

interface CompareDialogProps {
  sectionId: number
  onClose: () => void
}

/** A section beside last year's: the text blackline and the figures this year against last. */
export function CompareDialog({ sectionId, onClose }: CompareDialogProps) {
  const { t } = useTranslation()
  const [comparison, setComparison] = useState<SectionComparison>()
  const [error, setError] = useState('')

  useEffect(() => {
    void api.call('sections.compare', { sectionId }).then((result) => {
      try {
        setComparison(unwrap(result))
      } catch (failure) {
        setError(describeError(failure))
      }
    })
  }, [sectionId])

  return (
    <ModalDialog
      title={t('ui.compare.title', { title: comparison?.title ?? '' })}
      onClose={onClose}
      testId="compare-dialog"
      actions={
        <button type="button" onClick={onClose}>
          {t('ui.common.close')}
        </button>
      }
    >
      {error && <p role="alert">{error}</p>}
      {comparison && !comparison.counterpart && (
        <p className="empty">{t('ui.compare.noCounterpart')}</p>
      )}
      {comparison?.counterpart && (
        <div className="compare">
          <h3>{t('ui.compare.figures')}</h3>
          {comparison.metrics.length === 0 ? (
            <p className="muted">{t('ui.compare.noFigures')}</p>
          ) : (
            <table className="compare-figures" data-testid="compare-figures">
              <thead>
                <tr>
                  <th>{t('ui.compare.label')}</th>
                  <th>{t('ui.compare.lastYear', { year: comparison.counterpart.year })}</th>
                  <th>{t('ui.compare.thisYear', { year: comparison.year })}</th>
                  <th>{t('ui.compare.change')}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.metrics.map((metric) => (
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
          )}
          <h3>{t('ui.compare.text')}</h3>
          <div className="compare-columns">
            <section aria-label={t('ui.compare.lastYear', { year: comparison.counterpart.year })}>
              <h4>{t('ui.compare.lastYear', { year: comparison.counterpart.year })}</h4>
              <div className="blackline" data-testid="blackline-last-year">
                {comparison.parts.map((part, index) => {
                  if (part.kind === 'added') {
                    return null
                  }
                  return part.kind === 'removed' ? (
                    <del key={index}>{part.text}</del>
                  ) : (
                    <span key={index}>{part.text}</span>
                  )
                })}
              </div>
            </section>
            <section aria-label={t('ui.compare.thisYear', { year: comparison.year })}>
              <h4>{t('ui.compare.thisYear', { year: comparison.year })}</h4>
              <div className="blackline" data-testid="blackline">
                {comparison.parts.map((part, index) => {
                  if (part.kind === 'added') {
                    return <ins key={index}>{part.text}</ins>
                  }
                  if (part.kind === 'removed') {
                    return <del key={index}>{part.text}</del>
                  }
                  return <span key={index}>{part.text}</span>
                })}
              </div>
            </section>
          </div>
        </div>
      )}
    </ModalDialog>
  )
}
