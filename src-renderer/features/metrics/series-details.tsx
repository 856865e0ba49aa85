import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/api-client'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { FieldError } from '../../components/field-error'
import { describeError } from '../../i18n/i18n'
import { displayValue } from './metric-value-cell'
import type { MetricRow } from './metrics-store'
import { OccurrenceSentence } from './occurrence-sentence'
import { useOccurrenceContexts } from './use-occurrence-contexts'

interface SeriesDetailsProps {
  reportId: number
  row: MetricRow
  rows: MetricRow[]
  /** Saves pending edits before an action rewrites section text (merge, split). */
  beforeTextChange: () => Promise<void>
  /** Reloads the series (and the sections, when `textChanged`). */
  onChanged: (textChanged: boolean) => Promise<void>
  onJump: (sectionId: number, index: number) => void
}

/**
 * What a person can do to one series: rename it, set its unit, set what a change refers to,
 * see every figure in its sentence, split one off, merge it into another, confirm or delete it.
 */
export function SeriesDetails({
  reportId,
  row,
  rows,
  beforeTextChange,
  onChanged,
  onJump,
}: SeriesDetailsProps) {
  const { t } = useTranslation()
  const [label, setLabel] = useState(row.label)
  const [unit, setUnit] = useState(row.unit)
  const [displayUnit, setDisplayUnit] = useState(row.displayUnit)
  const [splitting, setSplitting] = useState<{ sectionId: number; index: number; label: string }>()
  const [merging, setMerging] = useState<MetricRow>()
  const [error, setError] = useState('')
  const [refresh, setRefresh] = useState(0)
  const contexts = useOccurrenceContexts(reportId, [row.id], refresh).get(row.id) ?? []
  const bases = rows.filter((other) => other.id !== row.id && other.kind !== 'change')
  const mergeTargets = rows.filter(
    (other) => other.id !== row.id && other.unit === row.unit && other.kind === row.kind,
  )

  const run = async (action: () => Promise<unknown>, changesText = false) => {
    try {
      if (changesText) {
        await beforeTextChange()
      }
      await action()
      setError('')
      await onChanged(changesText)
      setRefresh((count) => count + 1)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <div className="series-details" data-testid="series-details">
      <form
        className="details-line"
        onSubmit={(event) => {
          event.preventDefault()
          void run(async () =>
            unwrap(await api.call('metrics.relabel', { reportId, seriesId: row.id, label })),
          )
        }}
      >
        <label className="field grow">
          <span>{t('ui.seriesDetails.label')}</span>
          <input
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            data-testid="series-label-input"
          />
        </label>
        <button type="submit" disabled={!label.trim() || label.trim() === row.label}>
          {t('ui.seriesDetails.rename')}
        </button>
      </form>
      <form
        className="details-line"
        onSubmit={(event) => {
          event.preventDefault()
          void run(async () =>
            unwrap(
              await api.call('metrics.setUnit', {
                reportId,
                seriesId: row.id,
                unit,
                displayUnit,
              }),
            ),
          )
        }}
      >
        <label className="field">
          <span>{t('ui.seriesDetails.unit')}</span>
          <input value={unit} size={6} onChange={(event) => setUnit(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('ui.seriesDetails.displayUnit')}</span>
          <input
            value={displayUnit}
            size={6}
            onChange={(event) => setDisplayUnit(event.target.value)}
          />
        </label>
        <button type="submit" disabled={unit === row.unit && displayUnit === row.displayUnit}>
          {t('ui.seriesDetails.saveUnit')}
        </button>
      </form>
      {(row.kind === 'change' || row.kind === 'rate') && (
        <label className="field details-line">
          <span>{t('ui.seriesDetails.link')}</span>
          <select
            data-testid="series-link"
            value={row.baseSeriesId ?? ''}
            onChange={(event) => {
              const baseSeriesId = event.target.value === '' ? null : Number(event.target.value)
              void run(async () =>
                unwrap(
                  await api.call('metrics.setLink', { reportId, seriesId: row.id, baseSeriesId }),
                ),
              )
            }}
          >
            <option value="">{t('ui.seriesDetails.noLink')}</option>
            {bases.map((base) => (
              <option key={base.id} value={base.id}>
                {base.label}
              </option>
            ))}
          </select>
          <small className="muted">{t('ui.seriesDetails.linkHint')}</small>
        </label>
      )}
      <div className="details-places">
        <div className="small muted">
          {t('ui.seriesDetails.places', { count: contexts.length })}
        </div>
        <ol>
          {contexts.map((context) => (
            <li key={`${context.sectionId}:${context.index}`} data-testid="series-place">
              <OccurrenceSentence context={context} />
              <div className="details-place-actions">
                <button
                  type="button"
                  className="link small"
                  onClick={() => onJump(context.sectionId, context.index)}
                >
                  {t('ui.seriesDetails.jump', { section: context.sectionTitle })}
                </button>
                {contexts.length > 1 && (
                  <button
                    type="button"
                    className="link small"
                    onClick={() =>
                      setSplitting({
                        sectionId: context.sectionId,
                        index: context.index,
                        label: '',
                      })
                    }
                  >
                    {t('ui.seriesDetails.split')}
                  </button>
                )}
              </div>
              {splitting?.sectionId === context.sectionId && splitting.index === context.index && (
                <form
                  className="details-line"
                  onSubmit={(event) => {
                    event.preventDefault()
                    void run(async () => {
                      unwrap(
                        await api.call('metrics.split', {
                          reportId,
                          seriesId: row.id,
                          sectionId: splitting.sectionId,
                          index: splitting.index,
                          label: splitting.label,
                        }),
                      )
                      setSplitting(undefined)
                    }, true)
                  }}
                >
                  <input
                    aria-label={t('ui.seriesDetails.splitLabel')}
                    placeholder={t('ui.seriesDetails.splitLabel')}
                    value={splitting.label}
                    onChange={(event) => setSplitting({ ...splitting, label: event.target.value })}
                  />
                  <button type="submit" disabled={!splitting.label.trim()}>
                    {t('ui.seriesDetails.splitConfirm')}
                  </button>
                  <button
                    type="button"
                    className="link small"
                    onClick={() => setSplitting(undefined)}
                  >
                    {t('ui.common.cancel')}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ol>
      </div>
      <div className="details-line">
        {row.bindingStatus === 'proposed' && (
          <button
            type="button"
            onClick={() =>
              void run(async () =>
                unwrap(await api.call('metrics.accept', { reportId, seriesIds: [row.id] })),
              )
            }
          >
            {t('ui.seriesDetails.confirm')}
          </button>
        )}
        {mergeTargets.length > 0 && (
          <select
            aria-label={t('ui.review.mergeInto')}
            value=""
            onChange={(event) =>
              setMerging(mergeTargets.find((other) => other.id === Number(event.target.value)))
            }
          >
            <option value="">{t('ui.review.mergeInto')}</option>
            {mergeTargets.map((other) => (
              <option key={other.id} value={other.id}>
                {other.label}（{displayValue(other, other.current?.value) || t('ui.metrics.fillIn')}
                ）
              </option>
            ))}
          </select>
        )}
        <button
          type="button"
          className="danger"
          disabled={row.occurrences.length > 0}
          title={row.occurrences.length > 0 ? t('ui.seriesDetails.inUse') : undefined}
          onClick={() =>
            void run(async () =>
              unwrap(await api.call('metrics.delete', { reportId, seriesId: row.id })),
            )
          }
        >
          {t('ui.seriesDetails.delete')}
        </button>
      </div>
      <FieldError message={error} />
      {merging && (
        <ConfirmDialog
          message={t('ui.seriesDetails.mergeConfirm', { from: row.label, into: merging.label })}
          onConfirm={() => {
            const into = merging
            setMerging(undefined)
            void run(
              async () =>
                unwrap(
                  await api.call('metrics.merge', {
                    reportId,
                    fromSeriesId: row.id,
                    intoSeriesId: into.id,
                  }),
                ),
              true,
            )
          }}
          onCancel={() => setMerging(undefined)}
        />
      )}
    </div>
  )
}
