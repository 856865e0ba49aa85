import type { ReactNode } from 'react'
import { useEffect, useRef } from 'react'

interface ModalDialogProps {
  title: string
  children: ReactNode
  actions: ReactNode
  onClose: () => void
  testId?: string
}

/** A modal dialog: Escape closes it, focus moves into it. */
export function ModalDialog({ title, children, actions, onClose, testId }: ModalDialogProps) {
  const panel = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const first = panel.current?.querySelector<HTMLElement>('input, textarea, select, button')
    first?.focus()
  }, [])
  return (
    <div className="modal-backdrop" onMouseDown={onClose}>
      <div
        ref={panel}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            onClose()
          }
        }}
      >
        <h2 className="modal-title">{title}</h2>
        <div className="modal-body">{children}</div>
        <div className="modal-actions">{actions}</div>
      </div>
    </div>
  )
}
