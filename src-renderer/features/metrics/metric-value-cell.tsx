import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatFigure } from '../../../src-main/document/format-figure'
import { defaultFigureStyle } from '../../../src-main/document/figure-style'
import { unitScale } from '../../../src-main/metrics/unit-scale'
import { api, unwrap } from '../../api/api-client'
import { describeError } from '../../i18n/i18n'
import type { MetricRow } from './metrics-store'

/** How a panel shows a value: in the series' display unit ("3598万吨"). */
export function displayValue(row: MetricRow, value: number | null | undefined): string {
  if (value === null || value === undefined) {
    return ''
  }
  const style = { ...defaultFigureStyle, scale: unitScale(row.displayUnit, row.unit), template: `{v}${row.displayUnit}` }
  return formatFigure(value, style)
}

interface MetricValueCellProps {
  reportId: number
  row: MetricRow
  onSaved: () => void
}

/** This year's value, edited in place; a bad value shows an inline error and is not saved. */
export function MetricValueCell({ reportId, row, onSaved }: MetricValueCellProps) {
  const { t } = useTranslation()
  const shown = displayValue(row, row.current?.value)
  const [draft, setDraft] = useState(shown)
  const [error, setError] = useState('')
  const [editing, setEditing] = useState(false)

  const commit = async () => {
    setEditing(false)
    if (draft.trim() === shown) {
      return
    }
    try {
      unwrap(await api.call('metrics.setValue', { reportId, seriesId: row.id, text: draft }))
      setError('')
      onSaved()
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <div className="value-cell">
      <input
        aria-label={t('ui.metrics.valueOf', { label: row.label })}
        data-testid="metric-value-input"
        className={error ? 'invalid' : row.current?.value === null || !row.current ? 'empty-value' : ''}
        value={editing || error ? draft : shown}
        placeholder={t('ui.metrics.fillIn')}
        onFocus={() => {
          setEditing(true)
          setDraft(error ? draft : shown)
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
      {error && (
        <div className="cell-error" role="alert">
          {error}
        </div>
      )}
    </div>
  )
}
