import type { DocumentNode } from '../shared/document/document-json'
import type { StructuralKind } from '../shared/sections/section-placement'

const leadMark = { type: 'leadSentence' }
const endPunctuation = /[。！？!?]$/

function isLead(node: DocumentNode): boolean {
  return node.type === 'text' && (node.marks ?? []).some((mark) => mark.type === 'leadSentence')
}

function textOf(node: DocumentNode): string {
  return node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join('')
}

/** The body of a new section: a 栏目's heading line, or a 小节's bold lead sentence. */
export function newSectionBody(kind: StructuralKind, title: string): DocumentNode {
  if (kind === 'heading') {
    return {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] },
        { type: 'paragraph' },
      ],
    }
  }
  const lead = endPunctuation.test(title) ? title : `${title}。`
  return {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: lead, marks: [leadMark] }] }],
  }
}

/** A 小节's body as a 栏目's: its lead sentence becomes the heading line, the rest stays. */
export function subsectionToHeadingBody(doc: DocumentNode): DocumentNode {
  const blocks = [...(doc.content ?? [])]
  const index = blocks.findIndex((block) => (block.content ?? []).some(isLead))
  if (index < 0) {
    return { ...doc, content: [{ type: 'heading', attrs: { level: 2 } }, ...blocks] }
  }
  const block = blocks[index]
  const lead = (block.content ?? []).filter(isLead).map(textOf).join('').replace(endPunctuation, '')
  const rest = (block.content ?? []).filter((node) => !isLead(node))
  blocks.splice(index, 1, ...(rest.length > 0 ? [{ ...block, content: rest }] : []))
  const heading = {
    type: 'heading',
    attrs: { level: 2 },
    ...(lead ? { content: [{ type: 'text', text: lead }] } : {}),
  }
  return { ...doc, content: [heading, ...(blocks.length > 0 ? blocks : [{ type: 'paragraph' }])] }
}

/** A 栏目's body as a 小节's: its heading line becomes the bold lead sentence of the first paragraph. */
export function headingToSubsectionBody(doc: DocumentNode): DocumentNode {
  const blocks = [...(doc.content ?? [])]
  const index = blocks.findIndex((block) => block.type === 'heading')
  const title = index < 0 ? '' : textOf(blocks[index]).trim()
  if (index >= 0) {
    blocks.splice(index, 1)
  }
  if (!title) {
    return { ...doc, content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] }
  }
  const lead = {
    type: 'text',
    text: endPunctuation.test(title) ? title : `${title}。`,
    marks: [leadMark],
  }
  const first = blocks.findIndex((block) => block.type === 'paragraph')
  if (first < 0) {
    return { ...doc, content: [{ type: 'paragraph', content: [lead] }, ...blocks] }
  }
  const paragraph = blocks[first]
  blocks.splice(first, 1, { ...paragraph, content: [lead, ...(paragraph.content ?? [])] })
  return { ...doc, content: blocks }
}

/** The body with its outline title replaced: the heading line, or the lead sentence. */
export function retitledBody(
  doc: DocumentNode,
  headingLevel: number | undefined,
  title: string,
): DocumentNode {
  const blocks = [...(doc.content ?? [])]
  if (headingLevel !== undefined) {
    const index = blocks.findIndex((block) => block.type === 'heading')
    const heading = {
      type: 'heading',
      attrs: { level: headingLevel },
      content: [{ type: 'text', text: title }],
    }
    if (index < 0) {
      blocks.unshift(heading)
    } else {
      blocks[index] = { ...blocks[index], content: heading.content }
    }
    return { ...doc, content: blocks }
  }
  const index = blocks.findIndex((block) => (block.content ?? []).some(isLead))
  const lead = {
    type: 'text',
    text: endPunctuation.test(title) ? title : `${title}。`,
    marks: [leadMark],
  }
  if (index < 0) {
    return { ...doc, content: [{ type: 'paragraph', content: [lead] }, ...blocks] }
  }
  const block = blocks[index]
  const rest = (block.content ?? []).filter((node) => !isLead(node))
  blocks[index] = { ...block, content: [lead, ...rest] }
  return { ...doc, content: blocks }
}
