import type { AutosaveController } from './autosave-controller'

const active = new Set<AutosaveController>()

/**
 * The autosaves of the sections being edited (one in the single-section view, those mounted in
 * the full-text view), so leaving, switching or closing the window can flush them all.
 */
export const activeAutosave = {
  /** Registers an editor's autosave; the returned function unregisters it. */
  add(controller: AutosaveController): () => void {
    active.add(controller)
    return () => {
      active.delete(controller)
    }
  },
  async flush(): Promise<void> {
    await Promise.all([...active].map((controller) => controller.flush()))
  },
  flushOnExit(): void {
    for (const controller of active) {
      controller.flushOnExit()
    }
  },
}
