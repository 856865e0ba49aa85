import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatFigure } from '../../../src-main/shared/document/format-figure'
import { defaultFigureStyle } from '../../../src-main/shared/document/figure-style'
import { changeInWords } from '../../../src-main/shared/metrics/series-change'
import { unitScale } from '../../../src-main/shared/metrics/unit-scale'
import { describeError } from '../../i18n/i18n'
import { useMayCall } from '../team/team-user-context'
import type { MetricRow } from './metrics-store'
import { useValueSetter } from './use-value-setter'

/**
 * How a panel shows a value: in the series' display unit ("3598万吨"); a change series with its
 * direction word, as the text states it ("下降10.5%").
 */
export function displayValue(
  row: Pick<MetricRow, 'unit' | 'displayUnit' | 'kind'>,
  value: number | null | undefined,
): string {
  if (value === null || value === undefined) {
    return ''
  }
  const style = {
    ...defaultFigureStyle,
    scale: unitScale(row.displayUnit, row.unit),
    template: `{v}${row.displayUnit}`,
  }
  if (row.kind === 'change') {
    return changeInWords(value, formatFigure(Math.abs(value), style))
  }
  return formatFigure(value, style)
}

interface MetricValueCellProps {
  reportId: number
  row: MetricRow
  onSaved: (seriesId: number) => void
}

/** This year's value, edited in place; a bad value shows an inline error and is not saved. */
export function MetricValueCell({ reportId, row, onSaved }: MetricValueCellProps) {
  const { t } = useTranslation()
  const shown = displayValue(row, row.current?.value)
  const [draft, setDraft] = useState(shown)
  const [error, setError] = useState('')
  const [editing, setEditing] = useState(false)

  const { setValue, dialog } = useValueSetter(reportId)
  const mayFill = useMayCall('metrics.setValue')

  const commit = async () => {
    setEditing(false)
    if (draft.trim() === shown) {
      return
    }
    try {
      const saved = await setValue(row.id, draft)
      setError('')
      if (saved) {
        onSaved(row.id)
      } else {
        setDraft(shown)
      }
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  const stateClass = error
    ? 'invalid'
    : row.current?.value === null || !row.current
      ? 'empty-value'
      : ''
  const label = t('ui.metrics.valueOf', { label: row.label })
  // Shown as a button until it is focused: an <input> clips its text, and sixty clipped fields in
  // the panel cost every keystroke in the editor a measurable share of its frame (layerizing).
  // Tab or a click turns it into the field at once, so editing works as in a spreadsheet.
  if (!mayFill) {
    // On the team server, values are the editor's desk: others read them here.
    return (
      <div className="value-cell">
        <span
          data-testid="metric-value-readonly"
          className={`value-display ${stateClass}`}
          title={t('ui.metrics.valueEditorsOnly')}
        >
          {shown || '—'}
        </span>
      </div>
    )
  }
  return (
    <div className="value-cell">
      {editing || error ? (
        <input
          aria-label={label}
          data-testid="metric-value-input"
          className={stateClass}
          value={editing || error ? draft : shown}
          placeholder={t('ui.metrics.fillIn')}
          autoFocus={editing}
          onFocus={() => {
            if (!editing) {
              setEditing(true)
              setDraft(error ? draft : shown)
            }
          }}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.currentTarget.blur()
            }
            if (event.key === 'Escape') {
              setDraft(shown)
              setError('')
              setEditing(false)
            }
          }}
        />
      ) : (
        <button
          type="button"
          aria-label={`${label}：${shown || t('ui.metrics.fillIn')}`}
          data-testid="metric-value"
          className={`value-display ${stateClass}`}
          onFocus={() => {
            setDraft(shown)
            setEditing(true)
          }}
        >
          {shown || t('ui.metrics.fillIn')}
        </button>
      )}
      {error && (
        <div className="cell-error" role="alert">
          {error}
        </div>
      )}
      {dialog}
    </div>
  )
}
