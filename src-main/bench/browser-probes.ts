// Functions the bench runs inside the page (Playwright serialises them): each must stand alone.

interface KeystrokeProbe {
  latencies: number[]
  waiting?: { count: number; resolve: () => void }
}

interface OpenProbe {
  result: Promise<{ editable: number; loaded: number }>
}

declare global {
  interface Window {
    keystrokeProbe?: KeystrokeProbe
    openProbe?: OpenProbe
  }
}

/**
 * Records, for each text input, the time from the input event to the end of the frame that shows
 * it: the input's timestamp, then a requestAnimationFrame callback posts a message, which runs once
 * that frame's style, layout and paint are done.
 */
export function installKeystrokeProbe(): void {
  const probe: KeystrokeProbe = { latencies: [] }
  window.keystrokeProbe = probe
  document.addEventListener(
    'beforeinput',
    (event) => {
      const started = event.timeStamp
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          probe.latencies.push(performance.now() - started)
          if (probe.waiting && probe.latencies.length >= probe.waiting.count) {
            probe.waiting.resolve()
            probe.waiting = undefined
          }
        }
        channel.port2.postMessage(null)
      })
    },
    true,
  )
}

/** Resolves once `count` keystrokes have been painted. */
export function waitForKeystrokes(count: number): Promise<void> {
  return new Promise((resolve) => {
    const probe = window.keystrokeProbe!
    if (probe.latencies.length >= count) {
      resolve()
    } else {
      probe.waiting = { count, resolve }
    }
  })
}

/** Latencies recorded so far, emptied. */
export function takeKeystrokeLatencies(): number[] {
  return window.keystrokeProbe!.latencies.splice(0)
}

/**
 * Puts the caret halfway into the longest run of plain text (not a figure) of the editor matching
 * `rootSelector` — or, with `snippet`, of the run that contains it — as a writer clicking into the
 * middle of a paragraph would; returns the run's length.
 */
export function placeCaretInLongestText(
  options: { rootSelector?: string; snippet?: string } = {},
): number {
  const root = document.querySelector<HTMLElement>(options.rootSelector ?? '.ProseMirror')!
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.metric, figure, table')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  })
  let longest: Text | undefined
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text
    if (options.snippet !== undefined && text.data.includes(options.snippet)) {
      longest = text
      break
    }
    if (!longest || text.length > longest.length) {
      longest = text
    }
  }
  root.focus()
  if (longest) {
    window.getSelection()!.collapse(longest, Math.floor(longest.length / 2))
  }
  return longest?.length ?? 0
}

/**
 * Arms a probe for opening a report from the library: from the click to the end of the frame
 * showing an editable editor, and to the end of the frame showing the metrics panel's rows
 * (figures then show their values).
 */
export function installOpenProbe(): void {
  let clickedAt = 0
  let editable = 0
  let loading = false
  const afterFrame = (then: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => then(performance.now())
      channel.port2.postMessage(null)
    })
  document.addEventListener('click', (event) => (clickedAt = event.timeStamp), {
    capture: true,
    once: true,
  })
  const result = new Promise<{ editable: number; loaded: number }>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!clickedAt) {
        return
      }
      if (editable === 0 && document.querySelector('.ProseMirror[contenteditable="true"]')) {
        editable = -1
        afterFrame((at) => (editable = at - clickedAt))
      }
      if (editable !== 0 && !loading && document.querySelector('[data-testid="metric-row"]')) {
        loading = true
        afterFrame((at) => {
          observer.disconnect()
          resolve({ editable, loaded: at - clickedAt })
        })
      }
    })
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable'],
    })
  })
  window.openProbe = { result }
}

/** What the open probe measured, once the report is open. */
export function readOpenProbe(): Promise<{ editable: number; loaded: number }> {
  return window.openProbe!.result
}
