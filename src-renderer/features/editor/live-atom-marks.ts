import { Extension } from '@tiptap/core'
import type { Attrs, Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import { Mark } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { markNames } from '../../../src-main/shared/document/node-names'
import { atomMarkPrefix } from '../../../src-main/shared/team/atom-mark-attribute'

/** The schema's inline nodes other than text: the only nodes besides text that carry marks. */
export const liveAtomMarkNodeTypes = ['hardBreak', 'metric'] as const

const attributeOf = (markName: string) => `${atomMarkPrefix}${markName}`

function sameAttributes(left: unknown, right: unknown): boolean {
  if (left === right) {
    return true
  }
  if (!left || !right || typeof left !== 'object' || typeof right !== 'object') {
    return false
  }
  const leftKeys = Object.keys(left)
  return (
    leftKeys.length === Object.keys(right).length &&
    leftKeys.every(
      (key) => (left as Record<string, unknown>)[key] === (right as Record<string, unknown>)[key],
    )
  )
}

/** The marks a node's `__mark_*` attributes describe (what another editor put there). */
function marksOfAttributes(node: ProseMirrorNode, schema: Schema): readonly Mark[] {
  let marks = Mark.none
  for (const name of markNames) {
    const value: unknown = node.attrs[attributeOf(name)]
    const type = schema.marks[name]
    if (value === null || value === undefined || !type) {
      continue
    }
    try {
      marks = type.create(value as Attrs).addToSet(marks)
    } catch {
      // Attributes this schema cannot read (another version's mark): the figure keeps the rest.
    }
  }
  return marks
}

/** The `__mark_*` attributes that describe a node's marks, beside its own attributes. */
function attributesOfMarks(node: ProseMirrorNode): Record<string, unknown> {
  const attrs: Record<string, unknown> = { ...node.attrs }
  for (const name of markNames) {
    attrs[attributeOf(name)] = null
  }
  for (const mark of node.marks) {
    attrs[attributeOf(mark.type.name)] = { ...mark.attrs }
  }
  return attrs
}

function attributesMatchMarks(node: ProseMirrorNode): boolean {
  const wanted = attributesOfMarks(node)
  return markNames.every((name) =>
    sameAttributes(node.attrs[attributeOf(name)] ?? null, wanted[attributeOf(name)]),
  )
}

/** Whether a transaction came out of the Y.Doc (a remote edit, the first render, a Yjs undo). */
function fromSharedDocument(transaction: Transaction): boolean {
  const meta = transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined
  return meta?.isChangeOrigin === true
}

const types = new Set<string>(liveAtomMarkNodeTypes)

/**
 * Team mode only: keeps the marks of figures (a figure inside a bold lead sentence) through the
 * Y.Doc, which the Yjs binding keeps only on text. Each such node gets `__mark_<mark>`
 * attributes, which the binding does sync; after a local edit the attributes follow the marks,
 * after a change out of the Y.Doc the marks follow the attributes. Only the stretch of the
 * document a transaction changed is looked at, so typing stays cheap.
 */
export const LiveAtomMarks = Extension.create({
  name: 'liveAtomMarks',

  addGlobalAttributes() {
    return [
      {
        types: [...liveAtomMarkNodeTypes],
        attributes: Object.fromEntries(
          markNames.map((name) => [
            attributeOf(name),
            { default: null, rendered: false, keepOnSplit: false, parseHTML: () => null },
          ]),
        ),
      },
    ]
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('liveAtomMarks'),
        appendTransaction(transactions, oldState, newState) {
          if (!transactions.some((transaction) => transaction.docChanged)) {
            return null
          }
          const start = oldState.doc.content.findDiffStart(newState.doc.content)
          if (start === null) {
            return null
          }
          const end = oldState.doc.content.findDiffEnd(newState.doc.content)
          const to = Math.min(Math.max(end?.b ?? start, start) + 1, newState.doc.content.size)
          const shared = transactions.some(fromSharedDocument)
          const repair = newState.tr
          newState.doc.nodesBetween(start, Math.max(to, start), (node, position) => {
            if (!types.has(node.type.name)) {
              return true
            }
            if (shared) {
              const marks = marksOfAttributes(node, newState.schema)
              if (!Mark.sameSet(marks, node.marks)) {
                repair.setNodeMarkup(position, undefined, node.attrs, marks)
              }
            } else if (!attributesMatchMarks(node)) {
              repair.setNodeMarkup(position, undefined, attributesOfMarks(node), node.marks)
            }
            return false
          })
          if (!repair.docChanged) {
            return null
          }
          // Marks read from the Y.Doc are not an edit of this person's to undo.
          return shared ? repair.setMeta('addToHistory', false) : repair
        },
      }),
    ]
  },
})
