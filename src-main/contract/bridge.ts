import type { ChannelName, Result } from './channels'

/**
 * What the Electron preload exposes to the renderer as `window.api`: one invoke over the
 * contract's channels, the system save dialog an export writes through, and the close
 * hand-shake. Browser mode has no bridge; the renderer then calls the same channels over HTTP.
 */
export interface Bridge {
  invoke: (channel: ChannelName, input: unknown) => Promise<Result<unknown>>
  /** The chosen path, or null when the user cancels. */
  pickSavePath: (
    defaultName: string,
    extension: string,
    filterName: string,
  ) => Promise<string | null>
  /** Runs `flush` when the window is about to close, then lets it close. */
  onBeforeClose: (flush: () => Promise<void>) => void
}
