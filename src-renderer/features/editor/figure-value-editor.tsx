import type { Editor } from '@tiptap/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatFigure } from '../../../src-main/shared/document/format-figure'
import { metricAttributesOf } from '../../../src-main/shared/document/metric-node'
import { describeError } from '../../i18n/i18n'
import type { MetricsStore } from '../metrics/metrics-store'
import { useValueSetter } from '../metrics/use-value-setter'
import { useMayCall } from '../team/team-user-context'
import type { FigureEditRequest } from './figure-editing'

interface FigureValueEditorProps {
  editor: Editor
  reportId: number
  metrics: MetricsStore
  request: FigureEditRequest
  /** Reloads the series so every figure of it shows the new value. */
  onSaved: (seriesId: number) => Promise<void>
  onClose: () => void
}

/**
 * A figure's value edited where the figure stands: the same parser as the metrics panel
 * ("2300万吨", "2300", "下降10.5%"); Enter saves to the series, Escape leaves it as it was.
 * The figure stays bound either way.
 */
export function FigureValueEditor({
  editor,
  reportId,
  metrics,
  request,
  onSaved,
  onClose,
}: FigureValueEditorProps) {
  const { t } = useTranslation()
  const node = editor.state.doc.nodeAt(request.position)
  const attributes = metricAttributesOf(node?.attrs)
  const row = metrics.row(request.seriesId)
  const value = row?.current?.value
  const current = value === null || value === undefined ? '' : formatFigure(value, attributes)
  const previous = row?.previous?.value
  const previousText =
    previous === null || previous === undefined ? '' : formatFigure(previous, attributes)
  const [text, setText] = useState(request.initialText ?? current)
  const [error, setError] = useState('')
  const [saving, setSaving] = useState(false)
  const { setValue, dialog } = useValueSetter(reportId)
  // On the team server only an editor fills values; others see the value and why it is fixed.
  const mayFill = useMayCall('metrics.setValue')
  const place = useMemo(() => {
    const coordinates = editor.view.coordsAtPos(request.position)
    return { top: coordinates.bottom + 6, left: Math.max(8, coordinates.left - 8) }
  }, [editor, request.position])

  const close = () => {
    onClose()
    editor.chain().focus().setNodeSelection(request.position).run()
  }

  const save = async () => {
    if (text.trim() === current) {
      close()
      return
    }
    setSaving(true)
    try {
      const saved = await setValue(request.seriesId, text)
      if (saved) {
        await onSaved(request.seriesId)
        close()
      }
    } catch (failure) {
      setError(describeError(failure))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div
      className="figure-editor"
      role="dialog"
      aria-label={t('ui.figureEditor.title', { label: row?.label ?? '' })}
      data-testid="figure-editor"
      style={{ top: place.top, left: place.left }}
    >
      <div className="small muted figure-editor-title">
        {t('ui.figureEditor.title', { label: row?.label ?? t('ui.metrics.unknownSeries') })}
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <input
          aria-label={t('ui.metrics.valueOf', { label: row?.label ?? '' })}
          data-testid="figure-editor-input"
          value={text}
          placeholder={previousText}
          readOnly={!mayFill}
          autoFocus
          onFocus={(event) => {
            if (request.initialText === undefined) {
              event.currentTarget.select()
            }
          }}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault()
              close()
            }
          }}
        />
        <button type="submit" className="primary" disabled={saving || !mayFill}>
          {t('ui.figureEditor.save')}
        </button>
        <button type="button" onClick={close}>
          {t('ui.common.cancel')}
        </button>
      </form>
      <div className="small muted">
        {mayFill ? t('ui.figureEditor.hint') : t('ui.metrics.valueEditorsOnly')}
      </div>
      {error && (
        <div className="cell-error" role="alert">
          {error}
        </div>
      )}
      {dialog}
    </div>
  )
}
