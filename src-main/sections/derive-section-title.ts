import type { DocumentNode } from '../shared/document/document-json'
import type { SectionKind } from '../shared/sections/section-kind'

const shortLabelLength = 16

function inlineText(
  node: DocumentNode,
  keep: (node: DocumentNode) => boolean = () => true,
): string {
  if (node.type === 'text') {
    return keep(node) ? (node.text ?? '') : ''
  }
  return (node.content ?? []).map((child) => inlineText(child, keep)).join('')
}

function isLead(node: DocumentNode): boolean {
  return (node.marks ?? []).some((mark) => mark.type === 'leadSentence')
}

function shorten(text: string): string {
  const trimmed = text.trim()
  return trimmed.length > shortLabelLength ? `${trimmed.slice(0, shortLabelLength)}…` : trimmed
}

/** What the outline shows for a section, read from its body. */
export function deriveSectionTitle(kind: SectionKind, doc: DocumentNode): string {
  const blocks = doc.content ?? []
  const heading = blocks.find((block) => block.type === 'heading')
  if ((kind === 'heading' || kind === 'title') && heading) {
    return inlineText(heading).trim()
  }
  if (kind === 'subsection') {
    const lead = blocks.map((block) => inlineText(block, isLead)).find((text) => text !== '')
    if (lead) {
      return lead.trim().replace(/[。！!]$/, '')
    }
  }
  const first = blocks.map((block) => inlineText(block)).find((text) => text.trim() !== '')
  return first ? shorten(first) : ''
}
