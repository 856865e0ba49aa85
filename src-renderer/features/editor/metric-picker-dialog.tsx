import type { Editor } from '@tiptap/react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { defaultFigureStyle } from '../../../src-main/shared/document/figure-style'
import { extractFigures } from '../../../src-main/shared/extraction/extract-figures'
import { unitScale } from '../../../src-main/shared/metrics/unit-scale'
import { api, unwrap } from '../../api/api-client'
import { FieldError } from '../../components/field-error'
import { ModalDialog } from '../../components/modal-dialog'
import { describeError } from '../../i18n/i18n'
import { displayValue } from '../metrics/metric-value-cell'
import type { MetricRow, MetricsStore } from '../metrics/metrics-store'
import { OccurrenceSentence } from '../metrics/occurrence-sentence'
import { useOccurrenceContexts } from '../metrics/use-occurrence-contexts'

interface MetricPickerDialogProps {
  editor: Editor
  reportId: number
  metrics: MetricsStore
  onChanged: () => Promise<void>
  onClose: () => void
}

function styleFor(row: Pick<MetricRow, 'unit' | 'displayUnit' | 'kind'>) {
  return {
    ...defaultFigureStyle,
    template: `{v}${row.displayUnit}`,
    scale: unitScale(row.displayUnit, row.unit),
    magnitude: row.kind === 'change',
  }
}

/** Inserts a figure bound to an existing series, or to a new one made from a label and a value. */
export function MetricPickerDialog({
  editor,
  reportId,
  metrics,
  onChanged,
  onClose,
}: MetricPickerDialogProps) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [label, setLabel] = useState('')
  const [valueText, setValueText] = useState('')
  const [error, setError] = useState('')
  const rows = (metrics.current?.rows ?? []).filter((row) => !query || row.label.includes(query))
  const contexts = useOccurrenceContexts(reportId, undefined)

  const insert = (seriesId: number, row: Pick<MetricRow, 'unit' | 'displayUnit' | 'kind'>) => {
    editor
      .chain()
      .focus()
      .insertMetric({ seriesId, ...styleFor(row) })
      .run()
    onClose()
  }

  const create = async () => {
    const figures = extractFigures(valueText.trim())
    const figure = figures.length === 1 ? figures[0] : undefined
    if (!label.trim() || !figure) {
      setError(t('ui.picker.needLabelAndValue'))
      return
    }
    try {
      const series = unwrap(
        await api.call('metrics.create', {
          reportId,
          label,
          unit: figure.unit,
          displayUnit: figure.displayUnit,
          kind: figure.kind,
          text: valueText,
        }),
      )
      await onChanged()
      insert(series.id, series)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <ModalDialog
      title={t('ui.picker.title')}
      onClose={onClose}
      testId="metric-picker"
      actions={
        <button type="button" onClick={onClose}>
          {t('ui.common.cancel')}
        </button>
      }
    >
      <input
        type="search"
        className="picker-search"
        aria-label={t('ui.metrics.search')}
        placeholder={t('ui.metrics.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul className="picker-list">
        {rows.slice(0, 50).map((row) => (
          <li key={row.id}>
            <button
              type="button"
              className="picker-item"
              data-testid="picker-item"
              onClick={() => insert(row.id, row)}
            >
              <span className="picker-item-head">
                <span className="picker-item-label">{row.label}</span>
                <span className="muted">
                  {displayValue(row, row.current?.value) || t('ui.metrics.fillIn')}
                </span>
              </span>
              {contexts.get(row.id)?.[0] && (
                <span className="small muted picker-item-sentence">
                  <OccurrenceSentence context={contexts.get(row.id)![0]} />
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      <h3 className="panel-title">{t('ui.picker.newSeries')}</h3>
      <div className="field-row">
        <label className="field grow">
          <span>{t('ui.picker.label')}</span>
          <input name="label" value={label} onChange={(event) => setLabel(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('ui.picker.value')}</span>
          <input
            name="value"
            placeholder="3700万吨"
            value={valueText}
            onChange={(event) => setValueText(event.target.value)}
          />
        </label>
      </div>
      <button type="button" className="primary" onClick={() => void create()}>
        {t('ui.picker.createAndInsert')}
      </button>
      <FieldError message={error} />
    </ModalDialog>
  )
}
