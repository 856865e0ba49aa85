import type { NodeViewRenderer } from '@tiptap/core'
import type { ChartAttributes } from '../../../src-main/shared/charts/chart-attributes-schema'
import { chartAttributesOf } from '../../../src-main/shared/charts/chart-node'
import { api } from '../../api/api-client'
import { i18n } from '../../i18n/i18n'
import type { MetricsStore } from '../metrics/metrics-store'

/** Asks the editor to open the chart dialog on the chart at `position`. */
export const chartEditEvent = 'dajuan:chart-edit'

/**
 * A chart in the editor: the SVG main draws for it (`charts.render`, the same drawing every
 * export and the CLI make), shown as an image, with its caption. It is drawn again whenever the
 * report's values are reloaded (a value typed in the panel, a spreadsheet applied) or its
 * attributes change, the last answer winning.
 */
export function chartNodeView(store: MetricsStore): NodeViewRenderer {
  return ({ node: initialNode, getPos, editor }) => {
    let node = initialNode
    let asked = 0
    const dom = document.createElement('figure')
    dom.className = 'report-chart'
    dom.dataset.testid = 'report-chart'
    dom.contentEditable = 'false'
    const image = document.createElement('img')
    image.draggable = false
    const problem = document.createElement('p')
    problem.className = 'chart-problem'
    problem.setAttribute('role', 'alert')
    const caption = document.createElement('figcaption')
    const edit = document.createElement('button')
    edit.type = 'button'
    edit.className = 'link small chart-edit'
    edit.textContent = i18n.t('ui.charts.edit')
    edit.addEventListener('click', () => {
      const position = typeof getPos === 'function' ? getPos() : undefined
      if (position !== undefined && editor.isEditable) {
        dom.dispatchEvent(new CustomEvent(chartEditEvent, { bubbles: true, detail: { position } }))
      }
    })
    dom.append(image, problem, caption, edit)

    const paint = async () => {
      const reportId = store.current?.reportId
      const chart: ChartAttributes = chartAttributesOf(node.attrs)
      dom.dataset.chartType = chart.chartType
      if (reportId === undefined) {
        return
      }
      const ticket = ++asked
      dom.setAttribute('aria-busy', 'true')
      const result = await api.call('charts.render', { reportId, chart })
      if (ticket !== asked) {
        return
      }
      dom.removeAttribute('aria-busy')
      if (!result.ok) {
        image.hidden = true
        problem.hidden = false
        problem.textContent = i18n.t('ui.charts.cannotDraw', { reason: result.message })
        caption.textContent = chart.caption
        return
      }
      const { svg, alt, caption: shown, pendingLabels } = result.value
      image.hidden = false
      problem.hidden = true
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
      image.alt = alt
      caption.textContent = shown
      dom.classList.toggle('pending', pendingLabels.length > 0)
      dom.title =
        pendingLabels.length > 0
          ? i18n.t('ui.charts.pending', { labels: pendingLabels.join('、') })
          : ''
    }
    void paint()
    const unsubscribe = store.subscribe(() => void paint())
    return {
      dom,
      update: (updated) => {
        if (updated.type !== node.type) {
          return false
        }
        const changed = !updated.sameMarkup(node)
        node = updated
        if (changed) {
          void paint()
        }
        return true
      },
      selectNode: () => dom.classList.add('selected'),
      deselectNode: () => dom.classList.remove('selected'),
      destroy: unsubscribe,
      stopEvent: (event) => event.target === edit,
      ignoreMutation: () => true,
    }
  }
}
