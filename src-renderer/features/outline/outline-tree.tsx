import type { KeyboardEvent } from 'react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OutlineEntry } from './build-outline-tree'
import { OutlineMenu } from './outline-menu'
import { SectionTeamMarks } from './section-team-marks'
import type { StructureChange } from './structure-moves'
import type { OutlineTeam } from './use-outline-team'
import { demoteChange, dropChange, locate, moveChange, promoteChange } from './structure-moves'

interface OutlineTreeProps {
  entries: OutlineEntry[]
  selectedId: number | undefined
  onSelect: (sectionId: number) => void
  /** Opens the compare-with-last-year view of a section; absent when there is no last year. */
  onCompare?: (sectionId: number) => void
  /** Applies a change to the outline (add, move, delete, rename, promote, demote). */
  onChange: (change: StructureChange) => Promise<void>
  /** Takes back the last change to the outline, when there is one. */
  onUndo?: () => void
  /** The sections in the report's trash, to open the list of them. */
  trashCount: number
  onOpenTrash: () => void
  /** Team mode: who is editing and who is assigned, and 分配给… in the menu. */
  team?: OutlineTeam
}

interface Visible {
  entry: OutlineEntry
  depth: number
  parentId: number | null
}

function visibleEntries(entries: OutlineEntry[], collapsed: Set<number>): Visible[] {
  const list: Visible[] = []
  const walk = (items: OutlineEntry[], depth: number, parentId: number | null) => {
    for (const entry of items) {
      list.push({ entry, depth, parentId })
      if (!collapsed.has(entry.section.id)) {
        walk(entry.children, depth + 1, entry.section.id)
      }
    }
  }
  walk(entries, 0, null)
  return list
}

const renamableKinds = new Set(['title', 'heading', 'subsection'])

/**
 * The report's outline as a tree (WAI-ARIA tree pattern: ↑↓ move, ←→ collapse, expand or go to
 * the parent, Home/End, Enter opens). Its structure is edited here: the ⋯ menu or a right click
 * adds, renames (F2), deletes (Delete), promotes and demotes; Alt+↑/↓ and dragging reorder,
 * Alt+←/→ promote and demote, Ctrl+Z takes the last change back.
 */
export function OutlineTree({
  entries,
  selectedId,
  onSelect,
  onCompare,
  onChange,
  onUndo,
  trashCount,
  onOpenTrash,
  team,
}: OutlineTreeProps) {
  const { t } = useTranslation()
  const [collapsed, setCollapsed] = useState(new Set<number>())
  const [focusedId, setFocusedId] = useState<number | undefined>(selectedId)
  const [menuFor, setMenuFor] = useState<number>()
  const [renaming, setRenaming] = useState<{ id: number; title: string }>()
  const [dragged, setDragged] = useState<number>()
  const [dropTarget, setDropTarget] = useState<{ id: number; upper: boolean }>()
  const items = useRef(new Map<number, HTMLElement>())
  const visible = useMemo(() => visibleEntries(entries, collapsed), [entries, collapsed])
  const current = focusedId ?? selectedId ?? visible[0]?.entry.section.id

  useEffect(() => {
    if (selectedId !== undefined) {
      setFocusedId(selectedId)
    }
  }, [selectedId])

  const focusItem = (id: number | undefined) => {
    if (id === undefined) {
      return
    }
    setFocusedId(id)
    items.current.get(id)?.focus()
  }

  const run = (change: StructureChange | undefined) => {
    if (change) {
      void onChange(change)
    }
  }

  const startRename = (id: number) => {
    const found = locate(entries, id)
    if (found && renamableKinds.has(found.entry.section.kind)) {
      setRenaming({ id, title: found.entry.section.title })
    }
  }

  const onKeyDown = (event: KeyboardEvent, item: Visible) => {
    const id = item.entry.section.id
    const index = visible.findIndex((candidate) => candidate.entry.section.id === id)
    const hasChildren = item.entry.children.length > 0
    const key = event.key
    let handled = true
    if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      run(moveChange(entries, id, key === 'ArrowUp' ? 'up' : 'down'))
    } else if (event.altKey && key === 'ArrowLeft') {
      run(promoteChange(entries, id))
    } else if (event.altKey && key === 'ArrowRight') {
      run(demoteChange(entries, id))
    } else if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'z') {
      onUndo?.()
    } else if (key === 'ArrowDown') {
      focusItem(visible[index + 1]?.entry.section.id)
    } else if (key === 'ArrowUp') {
      focusItem(visible[index - 1]?.entry.section.id)
    } else if (key === 'Home') {
      focusItem(visible[0]?.entry.section.id)
    } else if (key === 'End') {
      focusItem(visible.at(-1)?.entry.section.id)
    } else if (key === 'ArrowRight') {
      if (hasChildren && collapsed.has(id)) {
        setCollapsed((set) => new Set([...set].filter((value) => value !== id)))
      } else if (hasChildren) {
        focusItem(item.entry.children[0]!.section.id)
      }
    } else if (key === 'ArrowLeft') {
      if (hasChildren && !collapsed.has(id)) {
        setCollapsed((set) => new Set([...set, id]))
      } else if (item.parentId !== null) {
        focusItem(item.parentId)
      }
    } else if (key === 'Enter' || key === ' ') {
      onSelect(id)
    } else if (key === 'F2') {
      startRename(id)
    } else if (key === 'Delete') {
      run({ op: 'delete', sectionId: id })
    } else if (key === 'ContextMenu' || (event.shiftKey && key === 'F10')) {
      setMenuFor(id)
    } else {
      handled = false
    }
    if (handled) {
      event.preventDefault()
      event.stopPropagation()
    }
  }

  return (
    <nav className="outline" aria-label={t('ui.outline.title')} data-testid="outline">
      <div className="outline-header">
        <h2 className="panel-title">{t('ui.outline.title')}</h2>
        <div className="outline-header-actions">
          {onUndo && (
            <button
              type="button"
              className="link small"
              data-testid="outline-undo"
              title={t('ui.outline.undoHint')}
              onClick={onUndo}
            >
              {t('ui.outline.undo')}
            </button>
          )}
          <button
            type="button"
            className="link small"
            data-testid="outline-trash"
            onClick={onOpenTrash}
          >
            {t('ui.outline.trash', { count: trashCount })}
          </button>
        </div>
      </div>
      <ul className="outline-list" role="tree" aria-label={t('ui.outline.title')}>
        {visible.map((item) => {
          const { section, children } = item.entry
          const id = section.id
          const selected = id === selectedId
          const drop =
            dropTarget?.id === id ? (dropTarget.upper ? 'drop-before' : 'drop-after') : ''
          return (
            <li
              key={id}
              ref={(element) => {
                if (element) {
                  items.current.set(id, element)
                } else {
                  items.current.delete(id)
                }
              }}
              role="treeitem"
              aria-level={item.depth + 1}
              aria-selected={selected}
              aria-expanded={children.length > 0 ? !collapsed.has(id) : undefined}
              tabIndex={id === current ? 0 : -1}
              className={`outline-row depth-${item.depth} ${drop}`}
              data-testid="outline-row"
              data-section-id={id}
              draggable={section.kind === 'heading' || section.kind === 'subsection'}
              onKeyDown={(event) => onKeyDown(event, item)}
              onFocus={(event) => {
                if (event.target === event.currentTarget) {
                  setFocusedId(id)
                }
              }}
              onContextMenu={(event) => {
                event.preventDefault()
                setMenuFor(id)
              }}
              onDragStart={(event) => {
                setDragged(id)
                event.dataTransfer.effectAllowed = 'move'
                event.dataTransfer.setData('text/plain', String(id))
              }}
              onDragOver={(event) => {
                if (dragged === undefined || dragged === id) {
                  return
                }
                event.preventDefault()
                const box = event.currentTarget.getBoundingClientRect()
                setDropTarget({ id, upper: event.clientY < box.top + box.height / 2 })
              }}
              onDragLeave={() => setDropTarget(undefined)}
              onDrop={(event) => {
                event.preventDefault()
                const target = dropTarget
                setDropTarget(undefined)
                setDragged(undefined)
                if (dragged !== undefined && target) {
                  run(dropChange(entries, dragged, target.id, target.upper))
                }
              }}
              onDragEnd={() => {
                setDragged(undefined)
                setDropTarget(undefined)
              }}
            >
              {renaming?.id === id ? (
                <form
                  className="outline-rename"
                  onSubmit={(event) => {
                    event.preventDefault()
                    const title = renaming.title.trim()
                    setRenaming(undefined)
                    if (title && title !== section.title) {
                      run({ op: 'rename', sectionId: id, title })
                    }
                    focusItem(id)
                  }}
                >
                  <input
                    autoFocus
                    aria-label={t('ui.outline.renameLabel')}
                    data-testid="outline-rename"
                    value={renaming.title}
                    onChange={(event) => setRenaming({ id, title: event.target.value })}
                    onKeyDown={(event) => {
                      event.stopPropagation()
                      if (event.key === 'Escape') {
                        setRenaming(undefined)
                        focusItem(id)
                      }
                    }}
                    onBlur={(event) => event.currentTarget.form?.requestSubmit()}
                  />
                </form>
              ) : (
                <div className="outline-line">
                  <button
                    type="button"
                    tabIndex={-1}
                    className={selected ? 'outline-item selected' : 'outline-item'}
                    data-testid="outline-item"
                    data-kind={section.kind}
                    onClick={() => {
                      setFocusedId(id)
                      onSelect(id)
                    }}
                    onDoubleClick={() => startRename(id)}
                  >
                    <span className={`kind-badge kind-${section.kind}`}>
                      {t(`ui.outline.kinds.${section.kind}`)}
                    </span>
                    <span className="outline-title">{section.title || '—'}</span>
                    {team && (
                      <SectionTeamMarks
                        editing={team.editing.get(id)}
                        assignees={team.assignees.get(id)}
                      />
                    )}
                  </button>
                  <button
                    type="button"
                    tabIndex={-1}
                    className="outline-more"
                    aria-label={t('ui.outline.actionsFor', { title: section.title })}
                    aria-haspopup="menu"
                    data-testid="outline-more"
                    onClick={() => setMenuFor(id)}
                  >
                    ⋯
                  </button>
                </div>
              )}
              {onCompare && selected && (
                <button
                  type="button"
                  tabIndex={-1}
                  className="link small outline-compare"
                  onClick={() => onCompare(id)}
                >
                  {t('ui.compare.open')}
                </button>
              )}
              {menuFor === id && (
                <OutlineMenu
                  entry={item.entry}
                  entries={entries}
                  canRename={renamableKinds.has(section.kind)}
                  onRename={() => startRename(id)}
                  onChange={run}
                  onAssign={team ? () => team.onAssign(id) : undefined}
                  onClose={() => {
                    setMenuFor(undefined)
                    focusItem(id)
                  }}
                />
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
