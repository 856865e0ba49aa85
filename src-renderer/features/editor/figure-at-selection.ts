import type { Editor } from '@tiptap/core'
import { extractFigures } from '../../../src-main/shared/extraction/extract-figures'
import type { ExtractedFigure } from '../../../src-main/shared/extraction/extracted-figure'

/** The figure the selection covers, read in its paragraph's context (for its label), with its document range. */
export function figureAtSelection(
  editor: Editor,
): { figure: ExtractedFigure; from: number; to: number } | undefined {
  const { from, to, $from } = editor.state.selection
  if (from === to || !$from.parent.isTextblock || !$from.sameParent(editor.state.selection.$to)) {
    return undefined
  }
  const parentStart = $from.start()
  let text = ''
  const offsets: number[] = []
  $from.parent.forEach((child, offset) => {
    if (child.isText) {
      for (let index = 0; index < (child.text ?? '').length; index++) {
        offsets.push(parentStart + offset + index)
      }
      text += child.text
    } else {
      offsets.push(parentStart + offset)
      text += '\uFFFC'
    }
  })
  const figure = extractFigures(text).find(
    (candidate) => offsets[candidate.start] <= to && offsets[candidate.end - 1] + 1 >= from,
  )
  if (!figure) {
    return undefined
  }
  return { figure, from: offsets[figure.start], to: offsets[figure.end - 1] + 1 }
}
