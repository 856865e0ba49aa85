type Listener = (sectionIds: number[] | undefined) => void

/**
 * Asks the checks panel to check again: some sections (after a save, or a value they use changed)
 * or the whole report. Requests are events on a small store rather than state, so asking twice for
 * the same thing runs the checks twice.
 */
export class ChecksRefresh {
  private readonly listeners = new Set<Listener>()

  /** Check `sectionIds` again, or the whole report when they are not given. */
  request(sectionIds?: number[]): void {
    for (const listener of this.listeners) {
      listener(sectionIds)
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }
}
