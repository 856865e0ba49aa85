import type { NodeViewRenderer } from '@tiptap/core'
import type { MetricAttributes } from '../../../src-main/shared/document/metric-node'
import { metricAttributesOf } from '../../../src-main/shared/document/metric-node'
import { formatFigure } from '../../../src-main/shared/document/format-figure'
import { i18n } from '../../i18n/i18n'
import type { MetricsStore } from './metrics-store'
import { computedChangeNote } from './computed-change'

/** Announces a click on a figure so the metrics panel can show its row. */
export const metricClickEvent = 'dajuan:metric-click'

function describe(store: MetricsStore, attributes: MetricAttributes): string {
  const row = store.row(attributes.seriesId)
  if (!row) {
    return i18n.t('ui.metrics.unknownSeries')
  }
  const show = (value: number | null | undefined) =>
    value === null || value === undefined
      ? i18n.t('ui.metrics.empty')
      : formatFigure(value, attributes)
  return [
    `${row.label}（${row.unit || '—'}）`,
    `${i18n.t('ui.metrics.thisYear')} ${store.current?.year}：${show(row.current?.value)}`,
    `${i18n.t('ui.metrics.lastYear')}：${show(row.previous?.value)}`,
    `${i18n.t('ui.metrics.source')}：${row.current?.source ? i18n.t(`ui.metrics.sources.${row.current.source}`, { defaultValue: row.current.source }) : '—'}`,
    `${i18n.t('ui.metrics.status')}：${row.current?.reviewStatus === 'checked' ? `${i18n.t('ui.metrics.checked')} ${row.current.reviewedBy ?? ''} ${row.current.reviewedAt?.slice(0, 10) ?? ''}` : i18n.t('ui.metrics.pending')}`,
  ].join('\n')
}

/**
 * A plain DOM node view (no React) for bound figures: cheap enough for thousands of them,
 * re-rendered from the store when values change.
 */
export function metricNodeView(store: MetricsStore): NodeViewRenderer {
  return ({ node: initialNode }) => {
    let node = initialNode
    const dom = document.createElement('span')
    dom.className = 'metric'
    dom.setAttribute('data-metric', '')
    dom.contentEditable = 'false'
    const paint = () => {
      const attributes = metricAttributesOf(node.attrs)
      dom.textContent = store.render(attributes)
      const row = store.row(attributes.seriesId)
      const computed = computedChangeNote(
        row,
        row?.baseSeriesId ? store.row(row.baseSeriesId) : undefined,
      )
      if (computed !== undefined) {
        const note = document.createElement('sup')
        note.className = 'computed-change'
        note.textContent = i18n.t('ui.metrics.computed', { change: computed })
        dom.append(note)
      }
      dom.title = describe(store, attributes)
      dom.dataset.seriesId = String(attributes.seriesId)
      dom.classList.toggle('pending', store.isPending(attributes.seriesId))
      dom.classList.toggle(
        'checked',
        store.row(attributes.seriesId)?.current?.reviewStatus === 'checked',
      )
    }
    paint()
    const unsubscribe = store.subscribe(paint)
    dom.addEventListener('click', () => {
      dom.dispatchEvent(
        new CustomEvent(metricClickEvent, {
          bubbles: true,
          detail: { seriesId: metricAttributesOf(node.attrs).seriesId },
        }),
      )
    })
    return {
      dom,
      update: (updated) => {
        if (updated.type !== node.type) {
          return false
        }
        // The text comes from the attributes and the store (which repaints on its own): rewriting
        // an unchanged figure would make the browser lay its line out again.
        const changed = !updated.sameMarkup(node)
        node = updated
        if (changed) {
          paint()
        }
        return true
      },
      destroy: unsubscribe,
      ignoreMutation: () => true,
    }
  }
}
