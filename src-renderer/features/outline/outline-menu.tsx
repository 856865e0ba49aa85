import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OutlineEntry } from './build-outline-tree'
import type { StructureChange } from './structure-moves'
import { demoteChange, locate, moveChange, promoteChange } from './structure-moves'

interface OutlineMenuProps {
  entry: OutlineEntry
  entries: OutlineEntry[]
  canRename: boolean
  onRename: () => void
  onChange: (change: StructureChange) => void
  onClose: () => void
  /** 分配给… (team mode only). */
  onAssign?: () => void
}

type Placement = Extract<StructureChange, { op: 'add' }>['placement']

interface Adding {
  kind: Extract<StructureChange, { op: 'add' }>['kind']
  placement: Placement
  title: string
}

interface MenuAction {
  key: string
  label: string
  run: () => void
}

/** The actions on one outline entry, as a menu (↑↓ to choose, Enter to run, Escape to close). */
export function OutlineMenu({
  entry,
  entries,
  canRename,
  onRename,
  onChange,
  onClose,
  onAssign,
}: OutlineMenuProps) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState<Adding>()
  const menu = useRef<HTMLDivElement>(null)
  const { section } = entry
  const id = section.id
  const parent = locate(entries, id)?.parent
  const topLevelAnchor = parent ? parent.section.id : id

  const add = (kind: Adding['kind'], placement: Placement) => () =>
    setAdding({ kind, placement, title: '' })
  const change = (made: StructureChange | undefined) =>
    made
      ? () => {
          onChange(made)
          onClose()
        }
      : undefined

  const candidates: (MenuAction | false | undefined)[] = [
    {
      key: 'add-heading-after',
      label: t('ui.outline.addHeadingAfter'),
      run: add('heading', { after: topLevelAnchor }),
    },
    section.kind === 'heading' && {
      key: 'add-heading-before',
      label: t('ui.outline.addHeadingBefore'),
      run: add('heading', { before: id }),
    },
    section.kind === 'heading' && {
      key: 'add-subsection-inside',
      label: t('ui.outline.addSubsectionInside'),
      run: add('subsection', { inside: id }),
    },
    section.kind === 'subsection' && {
      key: 'add-subsection-after',
      label: t('ui.outline.addSubsectionAfter'),
      run: add('subsection', { after: id }),
    },
    section.kind === 'subsection' && {
      key: 'add-subsection-before',
      label: t('ui.outline.addSubsectionBefore'),
      run: add('subsection', { before: id }),
    },
    canRename && {
      key: 'rename',
      label: t('ui.outline.rename'),
      run: () => {
        onClose()
        onRename()
      },
    },
    onAssign && {
      key: 'assign',
      label: t('ui.assign.menu'),
      run: () => {
        onClose()
        onAssign()
      },
    },
    changeAction('move-up', t('ui.outline.moveUp'), change(moveChange(entries, id, 'up'))),
    changeAction('move-down', t('ui.outline.moveDown'), change(moveChange(entries, id, 'down'))),
    changeAction('promote', t('ui.outline.promote'), change(promoteChange(entries, id))),
    changeAction('demote', t('ui.outline.demote'), change(demoteChange(entries, id))),
    { key: 'delete', label: t('ui.outline.delete'), run: change({ op: 'delete', sectionId: id })! },
  ]
  const actions = candidates.filter((action): action is MenuAction => Boolean(action))

  useEffect(() => {
    if (!adding) {
      menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    }
  }, [adding])

  const moveFocus = (step: number) => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const at = buttons.indexOf(document.activeElement as HTMLElement)
    buttons[(at + step + buttons.length) % buttons.length]?.focus()
  }

  return (
    <div
      ref={menu}
      className="outline-menu"
      role={adding ? 'dialog' : 'menu'}
      aria-label={t('ui.outline.actionsFor', { title: section.title })}
      data-testid="outline-menu"
      onKeyDown={(event) => {
        event.stopPropagation()
        if (event.key === 'Escape') {
          event.preventDefault()
          onClose()
        } else if (!adding && event.key === 'ArrowDown') {
          event.preventDefault()
          moveFocus(1)
        } else if (!adding && event.key === 'ArrowUp') {
          event.preventDefault()
          moveFocus(-1)
        }
      }}
    >
      {adding ? (
        <form
          className="outline-add"
          onSubmit={(event) => {
            event.preventDefault()
            if (adding.title.trim()) {
              onChange({ op: 'add', reportId: section.reportId, ...adding })
              onClose()
            }
          }}
        >
          <label className="field">
            <span>
              {t(adding.kind === 'heading' ? 'ui.outline.newHeading' : 'ui.outline.newSubsection')}
            </span>
            <input
              autoFocus
              data-testid="outline-add-title"
              value={adding.title}
              onChange={(event) => setAdding({ ...adding, title: event.target.value })}
            />
          </label>
          <button type="submit" className="primary" disabled={!adding.title.trim()}>
            {t('ui.outline.add')}
          </button>
          <button type="button" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
        </form>
      ) : (
        actions.map((action) => (
          <button
            key={action.key}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={action.key === 'delete' ? 'menu-item danger' : 'menu-item'}
            onClick={action.run}
          >
            {action.label}
          </button>
        ))
      )}
    </div>
  )
}

function changeAction(key: string, label: string, run: (() => void) | undefined) {
  return run ? { key, label, run } : undefined
}
