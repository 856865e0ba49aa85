import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
  Result,
} from '../../src-main/contract/channels'
import { windowBridge } from './window-bridge'

const tokenKey = 'dajuan.token'

/**
 * The launch token from the address (#token=…), kept for this tab and traded once for the session
 * cookie that lets other tabs and bookmarks of the same address in; the token then leaves the
 * address bar. Resolves when that is done (at once when there is no token to show).
 */
function browserSession(): { token: string; ready: Promise<void> } {
  const match = /token=([\w-]+)/.exec(window.location.hash)
  if (match) {
    sessionStorage.setItem(tokenKey, match[1])
    history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  const token = sessionStorage.getItem(tokenKey) ?? ''
  const ready = token
    ? fetch('/auth/session', { method: 'POST', headers: { Authorization: `Bearer ${token}` } })
        .then(() => undefined)
        .catch(() => undefined)
    : Promise.resolve()
  return { token, ready }
}

/** Told when the server answers 401: the team server's session ended (expired, signed out). */
const unauthorizedListeners = new Set<() => void>()

type Invoke = (
  channel: ChannelName,
  input: unknown,
  options?: { keepalive?: boolean },
) => Promise<Result<unknown>>

function httpInvoke({ token, ready }: { token: string; ready: Promise<void> }): Invoke {
  return async (channel, input, options) => {
    try {
      await ready
      const headers: Record<string, string> = { 'Content-Type': 'application/json' }
      if (token) {
        headers.Authorization = `Bearer ${token}`
      }
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        keepalive: options?.keepalive ?? false,
      })
      if (response.status === 401) {
        unauthorizedListeners.forEach((listener) => listener())
      }
      return (await response.json()) as Result<unknown>
    } catch (error) {
      return { ok: false, code: 'network', message: (error as Error).message }
    }
  }
}

const bridge = windowBridge()
const session = bridge ? undefined : browserSession()
const invoke: Invoke = bridge
  ? (channel, input) => bridge.invoke(channel, input)
  : httpInvoke(session ?? { token: '', ready: Promise.resolve() })

/**
 * The renderer's single API client: IPC in Electron, HTTP in browser mode (with the launch token)
 * and on the team server (with the signed-in account's session cookie).
 */
export const api = {
  /** Electron's bridge or browser mode's launch token is there: this is not a team server tab. */
  hasLaunchCredentials: bridge !== undefined || Boolean(session?.token),
  /** Calls `listener` whenever a call is refused with 401; the returned function stops that. */
  onUnauthorized(listener: () => void): () => void {
    unauthorizedListeners.add(listener)
    return () => {
      unauthorizedListeners.delete(listener)
    }
  },
  call<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<Result<ChannelOutput<C>>> {
    return invoke(channel, input) as Promise<Result<ChannelOutput<C>>>
  },
  /** A call that must survive the page closing (the last autosave). */
  callOnExit<C extends ChannelName>(channel: C, input: ChannelInput<C>): void {
    void invoke(channel, input, { keepalive: true })
  },
  /** Runs `flush` before the window closes (Electron hands over; browser mode uses pagehide). */
  onBeforeClose(flush: () => Promise<void>, flushOnExit: () => void): void {
    if (bridge) {
      bridge.onBeforeClose(flush)
      return
    }
    window.addEventListener('pagehide', flushOnExit)
  },
}

/** A failed call, thrown by `unwrap` so screens can show its message. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message)
  }
}

/** The value of a successful result, or an ApiError. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) {
    throw new ApiError(result.code, result.message, result.params)
  }
  return result.value
}
