import type { DocumentNode } from '../shared/document/document-json'
import type { InlineBuilder } from '../shared/document/inline-builder'
import type { SectionDraft } from '../sections/section-draft'
import type { DetectedBlock, DetectedSection } from './detected-outline'

const plainInline: InlineBuilder = (text) => (text ? [{ type: 'text', text }] : [])

function paragraph(text: string, leadLength: number, inline: InlineBuilder): DocumentNode {
  const lead = text.slice(0, leadLength)
  const body = text.slice(leadLength)
  const content = [
    ...(lead ? [{ type: 'text', text: lead, marks: [{ type: 'leadSentence' }] }] : []),
    ...inline(body),
  ]
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }
}

function blockNode(block: DetectedBlock, inline: InlineBuilder): DocumentNode {
  if (block.kind === 'attachment') {
    return block.node
  }
  return paragraph(block.text, block.leadLength, inline)
}

function heading(level: number, text: string): DocumentNode {
  return { type: 'heading', attrs: { level }, content: plainInline(text) }
}

function headLines(section: DetectedSection, inline: InlineBuilder): DocumentNode[] {
  if (section.kind === 'title') {
    return [heading(1, section.title)]
  }
  if (section.kind === 'heading') {
    return [heading(2, section.title)]
  }
  if (section.kind === 'subtitle') {
    return [paragraph(section.title, 0, inline)]
  }
  return []
}

/** Builds each detected outline entry's Tiptap body; `inline` binds figures in body text. */
export function outlineToDocuments(
  sections: DetectedSection[],
  inline: InlineBuilder = plainInline,
): SectionDraft[] {
  return sections.map((section) => {
    const content = [
      ...headLines(section, inline),
      ...section.blocks.map((block) => blockNode(block, inline)),
    ]
    return {
      kind: section.kind,
      title: section.title,
      doc: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] },
      children: outlineToDocuments(section.children, inline),
    }
  })
}
