/** The part of `document` polling needs (a test passes its own). */
export interface VisibilitySource {
  readonly hidden: boolean
  addEventListener: (type: 'visibilitychange', listener: () => void) => void
  removeEventListener: (type: 'visibilitychange', listener: () => void) => void
}

/**
 * Runs `task` now and then `intervalMs` after each run ends, while the page is visible: a hidden
 * tab stops asking and asks again as soon as it shows; a run that fails is retried at the next
 * interval. The returned function stops it for good.
 */
export function pollWhileVisible(
  task: () => Promise<void>,
  intervalMs: number,
  visibility: VisibilitySource = document,
): () => void {
  let stopped = false
  let running = false
  let timer: ReturnType<typeof setTimeout> | undefined

  const run = async () => {
    timer = undefined
    if (stopped || running || visibility.hidden) {
      return
    }
    running = true
    try {
      await task()
    } catch {
      // A failed run (the network, the server restarting) is tried again at the next interval.
    } finally {
      running = false
    }
    if (!stopped && !visibility.hidden) {
      timer = setTimeout(() => void run(), intervalMs)
    }
  }
  const onVisibility = () => {
    if (!visibility.hidden && timer === undefined) {
      void run()
    }
  }

  visibility.addEventListener('visibilitychange', onVisibility)
  void run()
  return () => {
    stopped = true
    clearTimeout(timer)
    visibility.removeEventListener('visibilitychange', onVisibility)
  }
}
