import { CellSelection } from '@tiptap/pm/tables'
import type { Editor } from '@tiptap/react'
import { useEditorState } from '@tiptap/react'
import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { TableAction } from './table-actions'
import { canRunTableAction, runTableAction, tableActions } from './table-actions'

/** Room the context menu takes, to keep it inside the window. */
const menuRoom = { width: 200, height: 340 }

interface MenuPlace {
  left: number
  top: number
}

/** Moves the focus among the buttons of `container` by `step`, wrapping round. */
function moveFocus(container: HTMLElement | null, selector: string, step: number): void {
  const buttons = [...(container?.querySelectorAll<HTMLElement>(selector) ?? [])]
  const at = buttons.indexOf(document.activeElement as HTMLElement)
  buttons[(at + step + buttons.length) % buttons.length]?.focus()
}

/**
 * The table tools of a section editor: a toolbar that appears while the caret is in a table
 * (Alt+F10 moves the focus to it, ←/→ between its buttons, Escape back to the text), and the
 * same actions as a context menu on a cell (right click, or Shift+F10 / the menu key with the
 * caret in a cell; ↑/↓, Enter, Escape). Actions that cannot run where the selection is are
 * disabled; merging needs several cells selected (drag across them, or Shift+arrows).
 */
export function TableTools({ editor }: { editor: Editor }) {
  const { t } = useTranslation()
  const toolbar = useRef<HTMLDivElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const [menuAt, setMenuAt] = useState<MenuPlace>()
  const state = useEditorState({
    editor,
    // Outside a table (where most typing happens) no command is tried.
    selector: ({ editor: current }) => {
      if (!current.isActive('table')) {
        return { inTable: false, runnable: '' }
      }
      const runnable = tableActions.filter((action) => canRunTableAction(current, action))
      return { inTable: true, runnable: runnable.map((action) => action.key).join(' ') }
    },
  })
  const runnable = new Set(state.runnable.split(' '))

  useEffect(() => {
    const dom = editor.view.dom
    // The menu opens where asked, moved in from the window's right and bottom edges.
    const openAt = (place: MenuPlace) =>
      setMenuAt({
        left: Math.min(place.left, window.innerWidth - menuRoom.width),
        top: Math.min(place.top, window.innerHeight - menuRoom.height),
      })
    const onContextMenu = (event: MouseEvent) => {
      const cell = (event.target as HTMLElement).closest('td, th')
      if (!cell || !dom.contains(cell)) {
        return
      }
      event.preventDefault()
      const inSelection = editor.state.selection instanceof CellSelection
      const at = editor.view.posAtCoords({ left: event.clientX, top: event.clientY })
      // A right click inside a selection of cells keeps it, so they can be merged.
      if (at && !(inSelection && cell.classList.contains('selectedCell'))) {
        editor.chain().focus().setTextSelection(at.pos).run()
      }
      openAt({ left: event.clientX, top: event.clientY })
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (!editor.isActive('table')) {
        return
      }
      if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
        event.preventDefault()
        const caret = editor.view.coordsAtPos(editor.state.selection.from)
        openAt({ left: caret.left, top: caret.bottom })
      } else if (event.altKey && event.key === 'F10') {
        event.preventDefault()
        toolbar.current?.querySelector<HTMLElement>('button:not(:disabled)')?.focus()
      }
    }
    dom.addEventListener('contextmenu', onContextMenu)
    dom.addEventListener('keydown', onKeyDown)
    return () => {
      dom.removeEventListener('contextmenu', onContextMenu)
      dom.removeEventListener('keydown', onKeyDown)
    }
  }, [editor])

  useEffect(() => {
    if (!menuAt) {
      return undefined
    }
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not(:disabled)')?.focus()
    const closeOutside = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) {
        setMenuAt(undefined)
      }
    }
    document.addEventListener('mousedown', closeOutside)
    return () => document.removeEventListener('mousedown', closeOutside)
  }, [menuAt])

  const run = (action: TableAction) => {
    setMenuAt(undefined)
    runTableAction(editor, action)
  }
  const closeMenu = () => {
    setMenuAt(undefined)
    editor.commands.focus()
  }
  const label = (action: TableAction) => t(`ui.editor.table.${action.key}`)
  const className = (action: TableAction, base: string) =>
    action.destructive ? `${base} danger` : base

  return (
    <>
      {state.inTable && (
        <div
          ref={toolbar}
          className="table-toolbar"
          role="toolbar"
          aria-label={t('ui.editor.table.toolbar')}
          data-testid="table-toolbar"
          onKeyDown={(event) => {
            if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
              event.preventDefault()
              moveFocus(
                toolbar.current,
                'button:not(:disabled)',
                event.key === 'ArrowRight' ? 1 : -1,
              )
            } else if (event.key === 'Escape') {
              event.preventDefault()
              editor.commands.focus()
            }
          }}
        >
          {tableActions.map((action, index) => (
            <span key={action.key} className="table-tool">
              {index > 0 && tableActions[index - 1].group !== action.group && (
                <span className="tool-separator" />
              )}
              <button
                type="button"
                className={className(action, 'tool')}
                disabled={!runnable.has(action.key)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => run(action)}
              >
                {label(action)}
              </button>
            </span>
          ))}
        </div>
      )}
      {menuAt &&
        createPortal(
          <div
            ref={menu}
            className="table-menu"
            role="menu"
            aria-label={t('ui.editor.table.menu')}
            data-testid="table-menu"
            style={{ left: menuAt.left, top: menuAt.top }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault()
                closeMenu()
              } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault()
                moveFocus(
                  menu.current,
                  '[role="menuitem"]:not(:disabled)',
                  event.key === 'ArrowDown' ? 1 : -1,
                )
              } else if (event.key === 'Tab') {
                event.preventDefault()
              }
            }}
          >
            {tableActions.map((action, index) => (
              <span key={action.key} className="table-menu-entry">
                {index > 0 && tableActions[index - 1].group !== action.group && (
                  <span className="table-menu-separator" role="separator" />
                )}
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className={className(action, 'menu-item')}
                  disabled={!runnable.has(action.key)}
                  onClick={() => run(action)}
                >
                  {label(action)}
                </button>
              </span>
            ))}
          </div>,
          document.body,
        )}
    </>
  )
}
