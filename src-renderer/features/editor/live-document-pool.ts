/** What the pool needs of a live document: whether it holds edits the server has not acknowledged. */
export interface PooledLiveDocument {
  unsent(): boolean
  /** Calls `listener` when the document's state changed; the returned function stops that. */
  subscribe(listener: () => void): () => void
}

export interface LiveDocumentLease<T> {
  readonly document: T
  /** The holder is done with the document (the section was closed or switched away from). */
  release(): void
}

interface Entry<T> {
  document: T
  close: () => void
  holders: number
  stopWatching?: () => void
}

/**
 * The page's open live documents, shared by whoever shows a section. A document nobody shows any
 * more is closed at once when the server has everything; while it still holds unacknowledged edits
 * (typed offline, say) it is kept open and connected, closed only once they have reached the
 * server, and a holder opening the section again gets the same document with those edits.
 */
export function createLiveDocumentPool<T extends PooledLiveDocument>() {
  const entries = new Map<string, Entry<T>>()

  const closeEntry = (key: string, entry: Entry<T>) => {
    entry.stopWatching?.()
    entry.stopWatching = undefined
    if (entries.get(key) === entry) {
      entries.delete(key)
    }
    entry.close()
  }

  return {
    /** The document under `key`, opened with `open` when the pool has none. */
    acquire(key: string, open: () => { document: T; close: () => void }): LiveDocumentLease<T> {
      let entry = entries.get(key)
      if (!entry) {
        entry = { ...open(), holders: 0 }
        entries.set(key, entry)
      }
      entry.stopWatching?.()
      entry.stopWatching = undefined
      entry.holders += 1
      const held = entry
      let released = false
      return {
        document: held.document,
        release() {
          if (released) {
            return
          }
          released = true
          held.holders -= 1
          if (held.holders > 0) {
            return
          }
          if (!held.document.unsent()) {
            closeEntry(key, held)
            return
          }
          held.stopWatching = held.document.subscribe(() => {
            if (held.holders === 0 && !held.document.unsent()) {
              closeEntry(key, held)
            }
          })
        },
      }
    },
    /** Whether any document, shown or not, holds edits the server has not acknowledged. */
    hasUnsent(): boolean {
      return [...entries.values()].some((entry) => entry.document.unsent())
    },
    /** How many documents are open (shown or kept for their unsent edits). */
    get size(): number {
      return entries.size
    },
  }
}
