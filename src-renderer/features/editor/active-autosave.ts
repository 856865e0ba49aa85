import type { AutosaveController } from './autosave-controller'

let active: AutosaveController | undefined

/** The autosave of the section being edited, so closing the window can flush it. */
export const activeAutosave = {
  set(controller: AutosaveController | undefined): void {
    active = controller
  },
  clear(controller: AutosaveController): void {
    if (active === controller) {
      active = undefined
    }
  },
  flush(): Promise<void> {
    return active?.flush() ?? Promise.resolve()
  },
  flushOnExit(): void {
    active?.flushOnExit()
  },
}
