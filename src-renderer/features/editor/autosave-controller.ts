import type { Result } from '../../../src-main/contract/channels'
import type { DocumentNode } from '../../../src-main/shared/document/document-json'
import type { EditorSaveReason } from '../../../src-main/shared/sections/section'

export type SaveState = 'saved' | 'dirty' | 'saving' | 'failed' | 'conflict'

export interface SavedSection {
  version: number
}

export interface AutosaveOptions {
  baseVersion: number
  save: (
    doc: DocumentNode,
    baseVersion: number,
    reason: EditorSaveReason,
  ) => Promise<Result<SavedSection>>
  /** Saves made while the page is going away must not wait for a response. */
  saveOnExit: (doc: DocumentNode, baseVersion: number, reason: EditorSaveReason) => void
  onState: (state: SaveState, detail?: { message?: string; code?: string }) => void
  delayMs?: number
  retryMs?: number
}

/**
 * Debounced, serialised saving of one section: at most one save in flight, the newest text
 * always wins, failures keep the text and retry, a conflict stops and waits for the user.
 */
export class AutosaveController {
  private baseVersion: number
  /** Reads the text to save; the editor is serialised only when a save happens, not per keystroke. */
  private pending: (() => DocumentNode) | undefined
  /** Why the pending text changed: a check's fix is saved (and listed in history) as one. */
  private pendingReason: EditorSaveReason = 'edit'
  private timer: ReturnType<typeof setTimeout> | undefined
  /** When the armed timer fires, and when the save is due (typing moves this, not the timer). */
  private timerAt = 0
  private dueAt = 0
  private inFlight: Promise<void> | undefined
  private state: SaveState = 'saved'
  private readonly delayMs: number
  private readonly retryMs: number

  constructor(private readonly options: AutosaveOptions) {
    this.baseVersion = options.baseVersion
    this.delayMs = options.delayMs ?? 800
    this.retryMs = options.retryMs ?? 3000
  }

  get currentState(): SaveState {
    return this.state
  }

  get version(): number {
    return this.baseVersion
  }

  /** The text changed (the document, or how to read it): save it after a pause in typing. */
  change(text: DocumentNode | (() => DocumentNode), reason: EditorSaveReason = 'edit'): void {
    this.pending = typeof text === 'function' ? text : () => text
    this.pendingReason = reason
    if (this.state !== 'conflict') {
      if (this.state !== 'dirty') {
        this.setState('dirty')
      }
      this.schedule(this.delayMs)
    }
  }

  /** Saves now whatever is pending (on blur, section switch, close). */
  async flush(): Promise<void> {
    this.clearTimer()
    if (this.inFlight) {
      await this.inFlight
    }
    if (this.pending && this.state !== 'conflict') {
      await this.saveNow()
    }
  }

  /** The page is closing: send the pending text without waiting. */
  flushOnExit(): void {
    this.clearTimer()
    if (this.pending && this.state !== 'conflict') {
      this.options.saveOnExit(this.pending(), this.baseVersion, this.pendingReason)
    }
  }

  /** After a conflict: keep this text as a new revision on top of the stored `currentVersion`. */
  async keepMine(currentVersion: number): Promise<void> {
    this.baseVersion = currentVersion
    this.setState('dirty')
    await this.flush()
  }

  /** The editor was reloaded from storage at `version`; nothing is pending. */
  reset(version: number): void {
    this.clearTimer()
    this.pending = undefined
    this.baseVersion = version
    this.setState('saved')
  }

  dispose(): void {
    this.clearTimer()
  }

  /**
   * Saves `delay` ms from now. Typing calls this on every keystroke, so a later due time does not
   * re-arm the timer (clearing and setting a timer costs more than the rest of a keystroke's
   * bookkeeping): the armed timer fires, finds the save not yet due and waits out the rest.
   */
  private schedule(delay: number): void {
    this.dueAt = Date.now() + delay
    if (this.timer !== undefined && this.timerAt <= this.dueAt) {
      return
    }
    this.clearTimer()
    this.arm(delay)
  }

  private arm(delay: number): void {
    this.timerAt = Date.now() + delay
    this.timer = setTimeout(() => {
      this.timer = undefined
      const rest = this.dueAt - Date.now()
      if (rest > 0) {
        this.arm(rest)
      } else {
        void this.flush()
      }
    }, delay)
  }

  private clearTimer(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer)
      this.timer = undefined
    }
  }

  private setState(state: SaveState, detail?: { message?: string; code?: string }): void {
    this.state = state
    this.options.onState(state, detail)
  }

  private saveNow(): Promise<void> {
    const read = this.pending
    if (!read) {
      return Promise.resolve()
    }
    const doc = read()
    const reason = this.pendingReason
    this.pending = undefined
    this.pendingReason = 'edit'
    this.setState('saving')
    const run = async () => {
      const result = await this.options.save(doc, this.baseVersion, reason)
      if (result.ok) {
        this.baseVersion = result.value.version
        if (this.pending) {
          this.setState('dirty')
          this.schedule(0)
        } else {
          this.setState('saved')
        }
        return
      }
      if (!this.pending) {
        this.pending = () => doc
        this.pendingReason = reason
      }
      if (result.code === 'conflict') {
        this.setState('conflict', result)
        return
      }
      this.setState('failed', result)
      this.schedule(this.retryMs)
    }
    this.inFlight = run().finally(() => {
      this.inFlight = undefined
    })
    return this.inFlight
  }
}
