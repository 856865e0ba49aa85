import type { AnyExtension } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'
import { Chart } from '../charts/chart-node'
import { LeadSentence } from './lead-sentence-mark'
import { Metric } from './metric-node'
import { ReportImage } from './report-image-node'
import { tableCellAttributes } from './table-cell-attributes'

/**
 * The one document schema: used by the editor, by every importer and by every exporter.
 * React node views are attached only in the editor's own extension list.
 */
export const documentExtensions: AnyExtension[] = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    heading: { levels: [1, 2, 3] },
    link: { openOnClick: false, protocols: ['http', 'https', 'mailto'], autolink: false },
  }),
  LeadSentence,
  Metric,
  ReportImage,
  Chart,
  Table.configure({ resizable: false }),
  TableRow,
  TableHeader.extend({
    addAttributes() {
      return { ...this.parent?.(), ...tableCellAttributes() }
    },
  }),
  TableCell.extend({
    addAttributes() {
      return { ...this.parent?.(), ...tableCellAttributes() }
    },
  }),
]
