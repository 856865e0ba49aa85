import type { Editor } from '@tiptap/react'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChartAttributes } from '../../../src-main/shared/charts/chart-attributes-schema'
import { chartLimits } from '../../../src-main/shared/charts/chart-types'
import { api } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import type { MetricsStore } from '../metrics/metrics-store'
import type { ChartChoice } from './chart-choices'
import { chartChoices, chartFromChoice, choiceOf, spansYears } from './chart-choices'

/** What the dialog starts from: a chart to edit (at `position`), or series to draw. */
export interface ChartDialogRequest {
  position?: number
  chart?: ChartAttributes
  seriesIds?: number[]
}

interface ChartDialogProps {
  editor: Editor
  metrics: MetricsStore
  request: ChartDialogRequest
  onClose: () => void
}

/**
 * Inserts a chart (数说) drawn from the report's series, or changes one: the kind of chart, its
 * series, the years it spans, its caption and note, with the drawing shown as it will print.
 */
export function ChartDialog({ editor, metrics, request, onClose }: ChartDialogProps) {
  const { t } = useTranslation()
  const reportId = metrics.current?.reportId
  const [choice, setChoice] = useState<ChartChoice>(
    request.chart ? choiceOf(request.chart) : 'line',
  )
  const [seriesIds, setSeriesIds] = useState<number[]>(
    request.chart?.seriesIds ?? request.seriesIds ?? [],
  )
  const [years, setYears] = useState(
    request.chart && request.chart.years > 1 ? request.chart.years : 5,
  )
  const [caption, setCaption] = useState(request.chart?.caption ?? '')
  const [note, setNote] = useState(request.chart?.note ?? '')
  const [query, setQuery] = useState('')
  const [preview, setPreview] = useState<{ src: string; alt: string; caption: string }>()
  const [problem, setProblem] = useState('')
  const chart = useMemo(
    () => chartFromChoice(choice, seriesIds, years, caption.trim(), note.trim()),
    [choice, seriesIds, years, caption, note],
  )
  const rows = (metrics.current?.rows ?? []).filter((row) => !query || row.label.includes(query))
  const labelOf = (id: number) => metrics.row(id)?.label ?? String(id)

  useEffect(() => {
    if (reportId === undefined || chart.seriesIds.length === 0) {
      setPreview(undefined)
      setProblem('')
      return undefined
    }
    let cancelled = false
    void api.call('charts.render', { reportId, chart }).then((result) => {
      if (cancelled) {
        return
      }
      if (result.ok) {
        const { svg, alt, caption: shown } = result.value
        setPreview({
          src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
          alt,
          caption: shown,
        })
        setProblem('')
      } else {
        setPreview(undefined)
        setProblem(result.message)
      }
    })
    return () => {
      cancelled = true
    }
  }, [reportId, chart])

  const toggle = (id: number) => {
    setSeriesIds((current) => {
      if (choice === 'card') {
        return [id]
      }
      if (current.includes(id)) {
        return current.filter((item) => item !== id)
      }
      return current.length < chartLimits.maxSeries ? [...current, id] : current
    })
  }

  const save = () => {
    if (problem || !preview) {
      return
    }
    const chain = editor.chain().focus()
    if (request.position !== undefined) {
      chain.setNodeSelection(request.position).updateAttributes('chart', chart).run()
    } else {
      chain.insertChart(chart).run()
    }
    onClose()
  }

  return (
    <ModalDialog
      title={t(request.position === undefined ? 'ui.charts.insertTitle' : 'ui.charts.editTitle')}
      onClose={onClose}
      testId="chart-dialog"
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={!preview || problem !== ''}
            onClick={save}
          >
            {t(request.position === undefined ? 'ui.charts.insert' : 'ui.charts.save')}
          </button>
        </>
      }
    >
      <div className="chart-dialog">
        <div className="chart-dialog-settings">
          <fieldset className="chart-choices">
            <legend>{t('ui.charts.type')}</legend>
            {chartChoices.map((item) => (
              <label key={item}>
                <input
                  type="radio"
                  name="chart-choice"
                  value={item}
                  checked={choice === item}
                  onChange={() => {
                    setChoice(item)
                    if (item === 'card') {
                      setSeriesIds((current) => current.slice(0, 1))
                    }
                  }}
                />
                {t(`ui.charts.choices.${item}`)}
              </label>
            ))}
          </fieldset>
          {spansYears(choice) && (
            <label className="field">
              <span>{t('ui.charts.years')}</span>
              <select
                aria-label={t('ui.charts.years')}
                value={years}
                onChange={(event) => setYears(Number(event.target.value))}
              >
                {Array.from({ length: chartLimits.maxYears - 1 }, (_, index) => index + 2).map(
                  (count) => (
                    <option key={count} value={count}>
                      {t('ui.charts.yearsOption', {
                        count,
                        first: (metrics.current?.year ?? 0) - count + 1,
                        last: metrics.current?.year ?? 0,
                      })}
                    </option>
                  ),
                )}
              </select>
            </label>
          )}
          <div className="chart-series">
            <span className="small muted">
              {t('ui.charts.chosen')}：{seriesIds.map(labelOf).join('、') || '—'}
            </span>
            <input
              type="search"
              aria-label={t('ui.metrics.search')}
              placeholder={t('ui.metrics.search')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <ul className="chart-series-list">
              {rows.slice(0, 80).map((row) => (
                <li key={row.id}>
                  <label>
                    <input
                      type={choice === 'card' ? 'radio' : 'checkbox'}
                      name="chart-series"
                      checked={seriesIds.includes(row.id)}
                      onChange={() => toggle(row.id)}
                    />
                    {row.label}
                    <span className="muted small"> {row.unit || '—'}</span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
          <label className="field">
            <span>{t('ui.charts.caption')}</span>
            <input
              name="caption"
              maxLength={chartLimits.maxCaption}
              placeholder={preview?.caption ?? ''}
              value={caption}
              onChange={(event) => setCaption(event.target.value)}
            />
          </label>
          <label className="field">
            <span>{t('ui.charts.note')}</span>
            <input
              name="note"
              maxLength={chartLimits.maxNote}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </label>
        </div>
        <figure className="chart-preview" data-testid="chart-preview">
          {preview ? (
            <>
              <img src={preview.src} alt={preview.alt} />
              <figcaption>{preview.caption}</figcaption>
            </>
          ) : (
            <p className="muted">{t('ui.charts.pickSeries')}</p>
          )}
          <FieldError message={problem} />
        </figure>
      </div>
    </ModalDialog>
  )
}
