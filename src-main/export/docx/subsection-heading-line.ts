import type { DocumentNode } from '../../shared/document/document-json'

/** Whether a run is set as a heading would be: bold, or marked as the lead sentence. */
function isEmphasised(node: DocumentNode): boolean {
  return (node.marks ?? []).some((mark) => mark.type === 'bold' || mark.type === 'leadSentence')
}

/**
 * Whether a subsection opens with a heading line of its own: a first paragraph set wholly in bold
 * or as its lead sentence ("传统产业焕发绿色生机"). A lead sentence that runs on into the
 * paragraph's text is that paragraph's topic sentence, not a heading, and is left unnumbered.
 */
export function opensWithHeadingLine(doc: DocumentNode): boolean {
  const first = doc.content?.[0]
  if (first?.type !== 'paragraph') {
    return false
  }
  const inlines = (first.content ?? []).filter(
    (child) => child.type === 'metric' || (child.text ?? '').trim() !== '',
  )
  return inlines.length > 0 && inlines.every(isEmphasised)
}
