interface NoticeBarProps {
  notice: { kind: 'info' | 'error'; text: string } | undefined
  onDismiss: () => void
}

/** A one-line message at the top of the window (errors stay until dismissed). */
export function NoticeBar({ notice, onDismiss }: NoticeBarProps) {
  if (!notice) {
    return null
  }
  return (
    <div
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      <span>{notice.text}</span>
      <button type="button" className="link" onClick={onDismiss} aria-label="×">
        ×
      </button>
    </div>
  )
}
