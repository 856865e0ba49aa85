import type { KeyboardEvent, ReactNode } from 'react'
import { useEffect, useId, useRef } from 'react'

interface ModalDialogProps {
  title: string
  children: ReactNode
  actions: ReactNode
  onClose: () => void
  testId?: string
}

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * A modal dialog: focus moves into it and stays there (Tab and Shift+Tab cycle), Escape closes
 * it, and focus returns to where it was when it closes.
 */
export function ModalDialog({ title, children, actions, onClose, testId }: ModalDialogProps) {
  const panel = useRef<HTMLDivElement>(null)
  const titleId = useId()
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    const first = panel.current?.querySelector<HTMLElement>('input, textarea, select, button')
    first?.focus()
    return () => {
      if (previous?.isConnected) {
        previous.focus()
      }
    }
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
      return
    }
    if (event.key !== 'Tab') {
      return
    }
    const items = [...(panel.current?.querySelectorAll<HTMLElement>(focusable) ?? [])].filter(
      (item) => item.offsetParent !== null,
    )
    if (items.length === 0) {
      event.preventDefault()
      return
    }
    const first = items[0]!
    const last = items.at(-1)!
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  return (
    <div className="modal-backdrop" onMouseDown={onClose}>
      <div
        ref={panel}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <h2 className="modal-title" id={titleId}>
          {title}
        </h2>
        <div className="modal-body">{children}</div>
        <div className="modal-actions">{actions}</div>
      </div>
    </div>
  )
}
