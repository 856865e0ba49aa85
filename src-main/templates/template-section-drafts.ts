import type { DocumentNode } from '../shared/document/document-json'
import type { SectionDraft } from '../sections/section-draft'
import { deriveSectionTitle } from '../sections/derive-section-title'
import { newSectionBody } from '../sections/section-body-for-kind'
import { creditLines } from './built-in-templates'
import type { TemplateEntry } from './template-outline'

function paragraph(text: string): DocumentNode {
  return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }
}

function bodyOf(entry: TemplateEntry, title: string): DocumentNode {
  switch (entry.kind) {
    case 'title':
      return {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: title }] },
        ],
      }
    case 'heading':
    case 'subsection':
      return newSectionBody(entry.kind, title)
    case 'credits':
      return { type: 'doc', content: creditLines.map(paragraph) }
    default:
      return { type: 'doc', content: [paragraph(title)] }
  }
}

/** A template's outline as section drafts for a new report called `reportTitle`. */
export function templateSectionDrafts(
  outline: TemplateEntry[],
  reportTitle: string,
): SectionDraft[] {
  return outline.map((entry) => {
    const doc = bodyOf(entry, entry.title.replaceAll('{title}', reportTitle))
    return {
      kind: entry.kind,
      title: deriveSectionTitle(entry.kind, doc),
      doc,
      children: templateSectionDrafts(entry.children, reportTitle),
    }
  })
}
