import { Extension } from '@tiptap/core'
import type { EditorView } from '@tiptap/pm/view'
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state'
import { metricAttributesOf } from '../../../src-main/shared/document/metric-node'

/** A figure to edit in place: where it is, its series, and what was typed to start (if anything). */
export interface FigureEditRequest {
  position: number
  seriesId: number
  /** The character(s) typed over the figure; undefined opens it with its current value. */
  initialText: string | undefined
}

export interface FigureEditingOptions {
  onEdit: (request: FigureEditRequest) => void
}

function selectedFigure(view: EditorView): NodeSelection | undefined {
  const { selection } = view.state
  return selection instanceof NodeSelection && selection.node.type.name === 'metric'
    ? selection
    : undefined
}

/**
 * Typing on a selected figure, pasting over it, Enter or F2 on it, or double-clicking it opens
 * its value for editing in place instead of replacing the figure with plain text: the figure
 * stays bound and its series gets the new value. Only 转为文字 unbinds a figure.
 */
export const FigureEditing = Extension.create<FigureEditingOptions>({
  name: 'figureEditing',

  addOptions() {
    return { onEdit: () => undefined }
  },

  addProseMirrorPlugins() {
    const open = (view: EditorView, initialText?: string): boolean => {
      const figure = selectedFigure(view)
      if (!figure) {
        return false
      }
      const { seriesId } = metricAttributesOf(figure.node.attrs)
      this.options.onEdit({ position: figure.from, seriesId, initialText })
      return true
    }
    return [
      new Plugin({
        key: new PluginKey('figureEditing'),
        props: {
          handleKeyDown: (view, event) => {
            if (!selectedFigure(view) || event.ctrlKey || event.metaKey || event.altKey) {
              return false
            }
            if (event.key === 'Enter' || event.key === 'F2') {
              return open(view)
            }
            if (event.key === 'Process' || event.isComposing) {
              return open(view, '')
            }
            return event.key.length === 1 ? open(view, event.key) : false
          },
          handleTextInput: (view, _from, _to, text) => open(view, text),
          handlePaste: (view, event) => {
            const text = event.clipboardData?.getData('text/plain')
            return text !== undefined && open(view, text.trim().slice(0, 60))
          },
          handleDoubleClickOn: (view, _position, node, nodePosition) => {
            if (node.type.name !== 'metric') {
              return false
            }
            const { tr, doc } = view.state
            view.dispatch(tr.setSelection(NodeSelection.create(doc, nodePosition)))
            return open(view)
          },
        },
      }),
    ]
  },
})
