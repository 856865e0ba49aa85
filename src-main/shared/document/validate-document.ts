import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import { chartAttributesSchema } from '../charts/chart-attributes-schema'
import { AppError } from '../errors/app-error'
import type { DocumentNode } from './document-json'
import { documentSchema } from './document-schema'
import { maxCellSpans } from './max-cell-spans'

const isSpan = (value: unknown, max: number) =>
  Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= max

const isWidth = (width: unknown) =>
  width === null || (typeof width === 'number' && width >= 0 && width <= 5000)

/** A cell spanning 10⁸ columns passes the schema but would make the editor run out of memory. */
function checkCellSpans(node: ProseMirrorNode): void {
  if (node.type.name !== 'tableCell' && node.type.name !== 'tableHeader') {
    return
  }
  const { colspan, rowspan, colwidth } = node.attrs
  const widthsOk =
    colwidth === null ||
    (Array.isArray(colwidth) && colwidth.length <= maxCellSpans.colspan && colwidth.every(isWidth))
  const spansOk = isSpan(colspan, maxCellSpans.colspan) && isSpan(rowspan, maxCellSpans.rowspan)
  if (!spansOk || !widthsOk) {
    const widths = JSON.stringify(colwidth)
    throw new Error(
      `table cell colspan ${String(colspan)}, rowspan ${String(rowspan)}, colwidth ${widths}`,
    )
  }
}

/** A chart's attributes as stored must make a chart: its type, series and years agree. */
function checkChart(node: ProseMirrorNode): void {
  if (node.type.name !== 'chart') {
    return
  }
  const parsed = chartAttributesSchema.safeParse(node.attrs)
  if (!parsed.success) {
    throw new Error(`chart: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`)
  }
}

/** ProseMirror drops unknown attributes while building nodes; the stored JSON would keep them. */
function checkKnownAttributes(schema: Schema, json: DocumentNode): void {
  const refuseUnknown = (attrs: object | undefined, known: object | undefined, owner: string) => {
    const unknown = Object.keys(attrs ?? {}).find((name) => !Object.hasOwn(known ?? {}, name))
    if (unknown !== undefined) {
      throw new Error(`unsupported attribute ${unknown.slice(0, 40)} on ${owner}`)
    }
  }
  refuseUnknown(json.attrs, schema.nodes[json.type]?.spec.attrs, json.type)
  for (const mark of json.marks ?? []) {
    refuseUnknown(mark.attrs, schema.marks[mark.type]?.spec.attrs, mark.type)
  }
  for (const child of json.content ?? []) {
    checkKnownAttributes(schema, child)
  }
}

/**
 * Throws `invalid_document` unless the JSON is a document the schema accepts, with only the
 * attributes the schema knows and sane table spans.
 */
export function validateDocument(doc: DocumentNode): void {
  try {
    const node = documentSchema().nodeFromJSON(doc)
    if (node.type.name !== 'doc') {
      throw new Error('not a doc')
    }
    node.check()
    checkKnownAttributes(documentSchema(), doc)
    node.descendants((child) => {
      checkCellSpans(child)
      checkChart(child)
    })
  } catch (error) {
    throw new AppError('invalid_document', { reason: (error as Error).message })
  }
}
