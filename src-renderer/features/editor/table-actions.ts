import type { ChainedCommands, Editor } from '@tiptap/core'

/** One thing the table toolbar and the cell's context menu do, by its i18n key. */
export interface TableAction {
  key:
    | 'addRowBefore'
    | 'addRowAfter'
    | 'deleteRow'
    | 'addColumnBefore'
    | 'addColumnAfter'
    | 'deleteColumn'
    | 'mergeCells'
    | 'splitCell'
    | 'deleteTable'
  /** Actions are shown in groups: rows, columns, cells, the table. */
  group: 'rows' | 'columns' | 'cells' | 'table'
  /** Whether it removes content (shown in the warning colour). */
  destructive: boolean
  apply: (chain: ChainedCommands) => ChainedCommands
}

/** The table commands of @tiptap/extension-table, in the order the toolbar and menu show them. */
export const tableActions: readonly TableAction[] = [
  { key: 'addRowBefore', group: 'rows', destructive: false, apply: (c) => c.addRowBefore() },
  { key: 'addRowAfter', group: 'rows', destructive: false, apply: (c) => c.addRowAfter() },
  { key: 'deleteRow', group: 'rows', destructive: true, apply: (c) => c.deleteRow() },
  {
    key: 'addColumnBefore',
    group: 'columns',
    destructive: false,
    apply: (c) => c.addColumnBefore(),
  },
  { key: 'addColumnAfter', group: 'columns', destructive: false, apply: (c) => c.addColumnAfter() },
  { key: 'deleteColumn', group: 'columns', destructive: true, apply: (c) => c.deleteColumn() },
  { key: 'mergeCells', group: 'cells', destructive: false, apply: (c) => c.mergeCells() },
  { key: 'splitCell', group: 'cells', destructive: false, apply: (c) => c.splitCell() },
  { key: 'deleteTable', group: 'table', destructive: true, apply: (c) => c.deleteTable() },
]

/** Whether the action can run where the selection is (merge needs several cells selected). */
export function canRunTableAction(editor: Editor, action: TableAction): boolean {
  return action.apply(editor.can().chain()).run()
}

/** Runs the action at the selection and gives the editor its focus back. */
export function runTableAction(editor: Editor, action: TableAction): boolean {
  return action.apply(editor.chain().focus()).run()
}
