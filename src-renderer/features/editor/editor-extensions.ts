import type { AnyExtension } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { documentExtensions } from '../../../src-main/document/document-extensions'
import { ReportImage } from '../../../src-main/document/report-image-node'
import { ReportImageView } from './report-image-view'

const ReportImageWithView = ReportImage.extend({
  addNodeView() {
    return ReactNodeViewRenderer(ReportImageView)
  },
})

/** The editor's extension list: the shared document schema with node views attached here only. */
export function editorExtensions(): AnyExtension[] {
  return documentExtensions.map((extension) =>
    extension.name === ReportImage.name ? ReportImageWithView : extension,
  )
}
