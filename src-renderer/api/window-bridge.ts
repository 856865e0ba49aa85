import type { Bridge } from '../../src-main/contract/bridge'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    api?: Bridge
  }
}

/** The Electron preload's bridge, or undefined in browser mode. */
export function windowBridge(): Bridge | undefined {
  return window.api
}
