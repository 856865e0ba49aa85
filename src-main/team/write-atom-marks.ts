import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type * as Y from 'yjs'
import { atomMarkPrefix } from '../shared/team/atom-mark-attribute'

/**
 * Writes the marks of non-text nodes (a figure in a lead sentence) as attributes of their
 * elements. The binding writes a run of text nodes as one XmlText and every other node as one
 * XmlElement, in order, which is how the children are paired here.
 */
export function writeAtomMarks(node: ProseMirrorNode, element: Y.XmlElement | Y.XmlFragment): void {
  const children = element.toArray()
  let index = 0
  let inTextRun = false
  node.forEach((child) => {
    if (child.isText) {
      index += inTextRun ? 0 : 1
      inTextRun = true
      return
    }
    inTextRun = false
    const childElement = children[index] as Y.XmlElement
    index += 1
    for (const mark of child.marks) {
      // A plain copy: Yjs refuses ProseMirror's prototype-less attribute objects.
      childElement.setAttribute(`${atomMarkPrefix}${mark.type.name}`, { ...mark.attrs } as never)
    }
    writeAtomMarks(child, childElement)
  })
}
