import type { DocumentNode } from '../../shared/document/document-json'
import type { SectionKind } from '../../shared/sections/section-kind'
import { formatChineseInteger } from '../../shared/extraction/numerals'
import type { ExportProfile } from './export-profile'
import { opensWithHeadingLine } from './subsection-heading-line'

/** A report section as the exporter takes it. */
export interface ExportSection {
  kind: SectionKind
  doc: DocumentNode
}

const headingNumber = /^\s*[一二三四五六七八九十]+、/
const subsectionNumber = /^\s*[（(][一二三四五六七八九十]+[）)]/

function firstText(node: DocumentNode): string {
  const first = node.content?.[0]
  return first?.type === 'text' ? (first.text ?? '') : ''
}

/** Puts `prefix` before the first block of `type`, with the marks of its first run, unless numbered. */
function prefixFirstBlock(
  doc: DocumentNode,
  type: string,
  prefix: string,
  numbered: RegExp,
): DocumentNode {
  const blocks = doc.content ?? []
  const index = blocks.findIndex((block) => block.type === type)
  if (index < 0 || numbered.test(firstText(blocks[index]))) {
    return doc
  }
  const block = blocks[index]
  const marks = block.content?.[0]?.marks
  const prefixed: DocumentNode = {
    ...block,
    content: [
      { type: 'text', text: prefix, ...(marks ? { marks } : {}) },
      ...(block.content ?? []),
    ],
  }
  return { ...doc, content: blocks.map((item, position) => (position === index ? prefixed : item)) }
}

/**
 * Numbers the outline as 公文 does: heading sections 一、二、…, and within each the subsections
 * that open with a heading line of their own （一）（二）…. A lead sentence running on into its
 * paragraph is the paragraph's topic sentence and gets no number; no paragraph is split or
 * joined. Text that already starts with such a number is left alone.
 */
export function numberOutline(
  sections: ExportSection[],
  outline: ExportProfile['outline'],
): ExportSection[] {
  let heading = 0
  let subsection = 0
  return sections.map((section) => {
    if (section.kind === 'heading') {
      heading += 1
      subsection = 0
      if (!outline.numberHeadings) {
        return section
      }
      const prefix = `${formatChineseInteger(heading)}、`
      return { ...section, doc: prefixFirstBlock(section.doc, 'heading', prefix, headingNumber) }
    }
    if (section.kind === 'subsection') {
      if (!outline.numberSubsections || !opensWithHeadingLine(section.doc)) {
        return section
      }
      subsection += 1
      const prefix = `（${formatChineseInteger(subsection)}）`
      return {
        ...section,
        doc: prefixFirstBlock(section.doc, 'paragraph', prefix, subsectionNumber),
      }
    }
    return section
  })
}
