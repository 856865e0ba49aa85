import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'
import { displayValue } from './metric-value-cell'
import type { MetricRow, MetricsStore } from './metrics-store'
import type { OccurrenceContext } from './occurrence-sentence'
import { OccurrenceSentence } from './occurrence-sentence'
import { useOccurrenceContexts } from './use-occurrence-contexts'

interface ImportReviewDialogProps {
  reportId: number
  store: MetricsStore
  onChanged: () => Promise<void>
  onClose: () => void
}

function ReviewRow({
  reportId,
  row,
  contexts,
  others,
  onChanged,
  onError,
}: {
  reportId: number
  row: MetricRow
  contexts: OccurrenceContext[]
  others: MetricRow[]
  onChanged: () => Promise<void>
  onError: (message: string) => void
}) {
  const { t } = useTranslation()
  const [label, setLabel] = useState(row.label)
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action()
      onError('')
      await onChanged()
    } catch (failure) {
      onError(describeError(failure))
    }
  }
  const rename = () => {
    if (label.trim() && label.trim() !== row.label) {
      void run(async () =>
        unwrap(await api.call('metrics.relabel', { reportId, seriesId: row.id, label })),
      )
    }
  }
  return (
    <tr data-testid="review-row" data-series-id={row.id}>
      <td className="review-sentence">
        {contexts.length > 0 ? (
          <OccurrenceSentence context={contexts[0]} />
        ) : (
          <mark>{displayValue(row, row.current?.value)}</mark>
        )}
        <div className="muted small">
          {contexts[0]?.sectionTitle}
          {contexts.length > 1 && ` · ${t('ui.review.places', { count: contexts.length })}`}
        </div>
      </td>
      <td>
        <input
          aria-label={t('ui.review.label')}
          title={row.label}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          onBlur={rename}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              rename()
            }
          }}
        />
        <div className="muted small">
          {displayValue(row, row.current?.value)} · {row.unit || '—'} ·{' '}
          {t(`ui.metrics.kinds.${row.kind}`)}
        </div>
      </td>
      <td className="review-actions">
        <button
          type="button"
          onClick={() =>
            void run(async () =>
              unwrap(await api.call('metrics.accept', { reportId, seriesIds: [row.id] })),
            )
          }
        >
          {t('ui.review.accept')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() =>
            void run(async () =>
              unwrap(await api.call('metrics.reject', { reportId, seriesId: row.id })),
            )
          }
        >
          {t('ui.review.reject')}
        </button>
        {others.length > 0 && (
          <select
            aria-label={t('ui.review.mergeInto')}
            value=""
            onChange={(event) => {
              const intoSeriesId = Number(event.target.value)
              void run(async () =>
                unwrap(
                  await api.call('metrics.merge', { reportId, fromSeriesId: row.id, intoSeriesId }),
                ),
              )
            }}
          >
            <option value="">{t('ui.review.mergeInto')}</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.label}（{displayValue(other, other.current?.value)}）
              </option>
            ))}
          </select>
        )}
      </td>
    </tr>
  )
}

/**
 * The figures an import bound, each in its sentence, to confirm (it really is this series),
 * rename, merge or reject; reopened at any time from the metrics panel's 待确认 count.
 * Confirming a figure is not checking its value: that is 核对, in the metrics panel.
 */
export function ImportReviewDialog({
  reportId,
  store,
  onChanged,
  onClose,
}: ImportReviewDialogProps) {
  const { t } = useTranslation()
  const [error, setError] = useState('')
  const rows = store.current?.rows ?? []
  const proposed = rows.filter((row) => row.bindingStatus === 'proposed')
  const [listed] = useState(() => proposed.map((row) => row.id))
  const contexts = useOccurrenceContexts(reportId, listed)
  const shown = useMemo(() => {
    // Contexts arrive in reading order; the list follows the text.
    const order = new Map([...contexts.keys()].map((seriesId, place) => [seriesId, place]))
    return [...proposed].sort(
      (a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity),
    )
  }, [proposed, contexts])

  const acceptAll = async () => {
    try {
      unwrap(
        await api.call('metrics.accept', { reportId, seriesIds: proposed.map((row) => row.id) }),
      )
      await onChanged()
      onClose()
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <ModalDialog
      title={t('ui.review.title', { count: proposed.length })}
      onClose={onClose}
      testId="import-review"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('ui.review.later')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={proposed.length === 0}
            onClick={() => void acceptAll()}
          >
            {t('ui.review.acceptAll')}
          </button>
        </>
      }
    >
      <p className="muted small">{t('ui.review.intro')}</p>
      <FieldError message={error} />
      {proposed.length === 0 && <p className="empty">{t('ui.review.none')}</p>}
      <table className="review-table">
        <thead>
          <tr>
            <th>{t('ui.review.figure')}</th>
            <th>{t('ui.review.label')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <ReviewRow
              key={row.id}
              reportId={reportId}
              row={row}
              contexts={contexts.get(row.id) ?? []}
              others={rows.filter(
                (other) =>
                  other.id !== row.id && other.unit === row.unit && other.kind === row.kind,
              )}
              onChanged={onChanged}
              onError={setError}
            />
          ))}
        </tbody>
      </table>
    </ModalDialog>
  )
}
