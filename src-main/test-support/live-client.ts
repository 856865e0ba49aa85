import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { WebSocket } from 'ws'
import * as Y from 'yjs'

/** Waits until `condition` holds, polling; throws naming `what` after `timeoutMs`. */
export async function waitUntil(
  condition: () => boolean,
  what: string,
  timeoutMs = 8000,
): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) {
      throw new Error(`timed out waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** A live document connection as a browser tab makes it, in Node. */
export interface LiveClient {
  provider: HocuspocusProvider
  /** The scopes the server gave at each authentication, in order. */
  scopes: string[]
  /** The reasons of refused authentications. */
  denied: string[]
  destroy: () => void
}

/**
 * Connects a HocuspocusProvider to a team server's `/collab` (`serverUrl` ends with '/'), its
 * WebSocket carrying the session cookie as a browser's would, for the live document `name`.
 */
export function connectLiveClient(serverUrl: string, cookie: string, name: string): LiveClient {
  const CookieSocket = class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { Cookie: cookie } })
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: `${serverUrl.replace(/^http/, 'ws')}collab`,
    WebSocketPolyfill: CookieSocket,
  })
  const scopes: string[] = []
  const denied: string[] = []
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token: 'cookie',
    document: new Y.Doc(),
    onAuthenticated: ({ scope }) => scopes.push(scope),
    onAuthenticationFailed: ({ reason }) => denied.push(reason),
  })
  provider.attach()
  return {
    provider,
    scopes,
    denied,
    destroy: () => {
      provider.destroy()
      socket.destroy()
    },
  }
}
