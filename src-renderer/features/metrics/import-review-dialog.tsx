import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'
import { displayValue } from './metric-value-cell'
import type { MetricRow, MetricsStore } from './metrics-store'

interface ImportReviewDialogProps {
  reportId: number
  store: MetricsStore
  onChanged: () => Promise<void>
  onClose: () => void
}

function ReviewRow({
  reportId,
  row,
  others,
  onChanged,
  onError,
}: {
  reportId: number
  row: MetricRow
  others: MetricRow[]
  onChanged: () => Promise<void>
  onError: (message: string) => void
}) {
  const { t } = useTranslation()
  const [label, setLabel] = useState(row.label)
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action()
      await onChanged()
    } catch (failure) {
      onError(describeError(failure))
    }
  }
  return (
    <tr data-testid="review-row" data-series-id={row.id}>
      <td className="number">{displayValue(row, row.current?.value)}</td>
      <td>
        <input
          aria-label={t('ui.review.label')}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          onBlur={() => {
            if (label.trim() && label !== row.label) {
              void run(async () =>
                unwrap(await api.call('metrics.relabel', { reportId, seriesId: row.id, label })),
              )
            }
          }}
        />
        <div className="muted small">{row.occurrences[0]?.sectionTitle}</div>
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

/** After an import: every extracted figure to accept, relabel, merge or reject; nothing is bound unseen. */
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
          <button type="button" className="primary" onClick={() => void acceptAll()}>
            {t('ui.review.acceptAll')}
          </button>
        </>
      }
    >
      <p className="muted small">{t('ui.review.intro')}</p>
      <FieldError message={error} />
      <table className="review-table">
        <thead>
          <tr>
            <th>{t('ui.review.figure')}</th>
            <th>{t('ui.review.label')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {proposed.map((row) => (
            <ReviewRow
              key={row.id}
              reportId={reportId}
              row={row}
              others={rows.filter((other) => other.id !== row.id && other.unit === row.unit)}
              onChanged={onChanged}
              onError={setError}
            />
          ))}
        </tbody>
      </table>
    </ModalDialog>
  )
}
